package io.quizhall.remote;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RemoteControllerRepository extends JpaRepository<RemoteController, UUID> {

    List<RemoteController> findByUserId(UUID userId);
}
