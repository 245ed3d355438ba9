package io.quizhall.account;

import com.webauthn4j.data.AuthenticatorSelectionCriteria;
import com.webauthn4j.data.PublicKeyCredentialCreationOptions;
import com.webauthn4j.data.PublicKeyCredentialDescriptor;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialRequestOptions;
import com.webauthn4j.data.PublicKeyCredentialRpEntity;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.PublicKeyCredentialUserEntity;
import com.webauthn4j.data.ResidentKeyRequirement;
import com.webauthn4j.data.UserVerificationRequirement;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.test.authenticator.webauthn.PackedAuthenticator;
import com.webauthn4j.test.authenticator.webauthn.WebAuthnAuthenticatorAdaptor;
import com.webauthn4j.test.client.ClientPlatform;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A software authenticator (webauthn4j's emulated "packed" authenticator) behind a browser-like client: it takes
 * the server's options in their JSON form and answers what a browser's {@code PublicKeyCredential.toJSON()}
 * gives, so tests drive the same HTTP API as the web client.
 */
final class SoftwarePasskey {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder FROM_B64URL = Base64.getUrlDecoder();

    private final ClientPlatform client;

    SoftwarePasskey(String origin) {
        this.client =
                new ClientPlatform(new Origin(origin), new WebAuthnAuthenticatorAdaptor(new PackedAuthenticator()));
    }

    /** navigator.credentials.create() on the creation options the server sent. */
    JsonNode create(JsonNode options) {
        var params = new ArrayList<PublicKeyCredentialParameters>();
        options.get("pubKeyCredParams")
                .forEach(param -> params.add(new PublicKeyCredentialParameters(
                        PublicKeyCredentialType.PUBLIC_KEY,
                        COSEAlgorithmIdentifier.create(param.get("alg").asLong()))));
        JsonNode user = options.get("user");
        var creation = new PublicKeyCredentialCreationOptions(
                new PublicKeyCredentialRpEntity(
                        options.get("rp").get("id").asString(),
                        options.get("rp").get("name").asString()),
                new PublicKeyCredentialUserEntity(
                        bytes(user.get("id")),
                        user.get("name").asString(),
                        user.get("displayName").asString()),
                new DefaultChallenge(bytes(options.get("challenge"))),
                params,
                null,
                descriptors(options.get("excludeCredentials")),
                new AuthenticatorSelectionCriteria(
                        null, ResidentKeyRequirement.REQUIRED, UserVerificationRequirement.REQUIRED),
                null,
                null);
        var credential = client.create(creation);
        ObjectNode response = JSON.createObjectNode()
                .put(
                        "clientDataJSON",
                        B64URL.encodeToString(credential.getResponse().getClientDataJSON()))
                .put(
                        "attestationObject",
                        B64URL.encodeToString(credential.getResponse().getAttestationObject()));
        response.putArray("transports").add("internal");
        return wrap(credential.getRawId(), response);
    }

    /** navigator.credentials.get() on the request options the server sent. */
    JsonNode get(JsonNode options) {
        var request = new PublicKeyCredentialRequestOptions(
                new DefaultChallenge(bytes(options.get("challenge"))),
                null,
                options.get("rpId").asString(),
                descriptors(options.get("allowCredentials")),
                UserVerificationRequirement.REQUIRED,
                null);
        var credential = client.get(request);
        var answer = credential.getResponse();
        ObjectNode response = JSON.createObjectNode()
                .put("clientDataJSON", B64URL.encodeToString(answer.getClientDataJSON()))
                .put("authenticatorData", B64URL.encodeToString(answer.getAuthenticatorData()))
                .put("signature", B64URL.encodeToString(answer.getSignature()));
        if (answer.getUserHandle() != null) {
            response.put("userHandle", B64URL.encodeToString(answer.getUserHandle()));
        }
        return wrap(credential.getRawId(), response);
    }

    private static ObjectNode wrap(byte[] rawId, ObjectNode response) {
        ObjectNode credential = JSON.createObjectNode()
                .put("id", B64URL.encodeToString(rawId))
                .put("rawId", B64URL.encodeToString(rawId))
                .put("type", "public-key")
                .put("authenticatorAttachment", "platform");
        credential.set("response", response);
        credential.putObject("clientExtensionResults");
        return credential;
    }

    private static List<PublicKeyCredentialDescriptor> descriptors(JsonNode list) {
        var descriptors = new ArrayList<PublicKeyCredentialDescriptor>();
        if (list != null) {
            list.forEach(descriptor -> descriptors.add(new PublicKeyCredentialDescriptor(
                    PublicKeyCredentialType.PUBLIC_KEY, bytes(descriptor.get("id")), Set.of())));
        }
        return descriptors;
    }

    private static byte[] bytes(JsonNode base64url) {
        return FROM_B64URL.decode(base64url.asString());
    }
}
