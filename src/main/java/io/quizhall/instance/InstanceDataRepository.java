package io.quizhall.instance;

import java.util.UUID;
import org.springframework.data.repository.Repository;

interface InstanceDataRepository extends Repository<InstanceData, UUID> {

    InstanceData findFirstBy();
}
