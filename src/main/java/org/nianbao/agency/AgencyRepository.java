package org.nianbao.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    List<Agency> findByName(String name);

    List<Agency> findByParentOrderByKindAscNameAsc(Agency parent);
}
