package org.nianbao.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    List<Agency> findByName(String name);

    List<Agency> findByParentOrderByKindAscNameAsc(Agency parent);

    /** The agencies directly under {@code parent}, in registration order (which keeps the official order). */
    List<Agency> findByParentOrderById(Agency parent);

    /** The agencies at the top of the hierarchy, in registration order. */
    List<Agency> findByParentIsNullOrderById();

    /** The agencies directly under any of {@code parents}, in registration order. */
    List<Agency> findByParentInOrderById(java.util.Collection<Agency> parents);
}
