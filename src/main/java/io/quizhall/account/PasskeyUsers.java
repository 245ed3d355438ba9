package io.quizhall.account;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's WebAuthn user entities, derived from accounts: the handle is the account id's 16 bytes. */
@Component
class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {

    private final UserRepository users;

    PasskeyUsers(UserRepository users) {
        this.users = users;
    }

    private static PublicKeyCredentialUserEntity entityOf(User user) {
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(PasskeyStore.handleOf(user.id()))
                .name(user.username())
                .displayName(user.username())
                .build();
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
        UUID userId = PasskeyStore.userIdOf(id);
        return userId == null
                ? null
                : users.findById(userId).map(PasskeyUsers::entityOf).orElse(null);
    }

    /** Spring asks by the Authentication's name; the service passes the account's id there, never a login. */
    @Override
    @Transactional(readOnly = true)
    public @Nullable PublicKeyCredentialUserEntity findByUsername(String name) {
        try {
            return users.findById(UUID.fromString(name))
                    .map(PasskeyUsers::entityOf)
                    .orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** User entities are derived from accounts, so every account already has one and Spring never creates one. */
    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        throw new UnsupportedOperationException("WebAuthn user entities are derived from accounts");
    }

    /** Accounts are deleted by the account feature; their credentials go with them (ON DELETE CASCADE). */
    @Override
    public void delete(Bytes id) {
        throw new UnsupportedOperationException("Accounts are deleted through AccountService");
    }
}
