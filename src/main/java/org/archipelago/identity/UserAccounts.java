package org.archipelago.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface UserAccounts extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByEmailKey(String emailKey);

    boolean existsByEmailKey(String emailKey);

    long countByStatus(AccountStatus status);
}
