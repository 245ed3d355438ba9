package io.quizhall.hunt;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RankingRepository extends JpaRepository<HuntRanking, UUID> {}
