package org.archipelago.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByEmailKey(String emailKey);

    boolean existsByEmailKey(String emailKey);

    /** Notes a sign-in without touching the account's version, so that it never crosses an administrator's edit. */
    @Modifying
    @Query("update UserAccount a set a.lastSignIn = :now where a.id = :id")
    int recordSignIn(long id, Instant now);
}
