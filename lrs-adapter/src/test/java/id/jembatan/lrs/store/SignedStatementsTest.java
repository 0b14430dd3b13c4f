package id.jembatan.lrs.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signed statements (xAPI Data 2.6) with JWSs made here and the test PKI under {@code src/test/resources/signed/}. */
class SignedStatementsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private static ObjectNode statement() {
        return (ObjectNode) ConformanceCausesTest.fixture("context-activities-single.json");
    }

    /** The statement with a signature attachment for {@code jws}, and the part's content by hash. */
    private record Signed(ObjectNode json, Map<String, AttachmentContent> parts) {
    }

    private static Signed attach(ObjectNode statement, String jws, String contentType) {
        byte[] content = jws.getBytes(StandardCharsets.US_ASCII);
        String sha2 = sha256(content);
        ObjectNode signed = statement.deepCopy();
        signed.putArray("attachments").addObject().put("usageType", SignedStatements.SIGNATURE)
                .put("contentType", contentType).put("length", content.length).put("sha2", sha2)
                .putObject("display").put("en-US", "signature");
        return new Signed(signed, Map.of(sha2, new AttachmentContent(sha2, contentType, content)));
    }

    private static String sign(ObjectNode payload, JWSAlgorithm algorithm, PrivateKey key, List<X509Certificate> chain)
            throws JOSEException, GeneralSecurityException {
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm);
        if (!chain.isEmpty()) {
            header.x509CertChain(chain.stream().map(SignedStatementsTest::der).toList());
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(payload.toString()));
        jws.sign(new RSASSASigner(key));
        return jws.serialize();
    }

    private static void check(Signed signed) {
        SignedStatements.check(signed.json(), signed.parts(), NOW, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "RS384", "RS512"})
    void aStatementSignedWithAnRsaAlgorithmAndItsOwnPayloadIsAccepted(String algorithm) throws Exception {
        ObjectNode statement = statement();
        String jws = sign(statement, JWSAlgorithm.parse(algorithm), signerKey(), List.of());

        assertThatCode(() -> check(attach(statement, jws, "application/octet-stream"))).doesNotThrowAnyException();
    }

    @Test
    void hs256IsRefused() throws Exception {
        ObjectNode statement = statement();
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(statement.toString()));
        jws.sign(new MACSigner("a shared secret of at least 256 bits!!".getBytes(StandardCharsets.US_ASCII)));

        assertThatThrownBy(() -> check(attach(statement, jws.serialize(), "application/octet-stream")))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("RS256, RS384 or RS512, was HS256");
    }

    @Test
    void aPayloadThatIsNotTheStatementIsRefused() throws Exception {
        ObjectNode statement = statement();
        ObjectNode other = statement.deepCopy();
        ((ObjectNode) other.get("verb")).put("id", "http://adlnet.gov/expapi/verbs/failed");
        String jws = sign(other, JWSAlgorithm.RS256, signerKey(), List.of());

        assertThatThrownBy(() -> check(attach(statement, jws, "application/octet-stream")))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("payload differs");
    }

    @Test
    void aPayloadThatIsNotJsonAndASignatureThatIsNotAJwsAreRefused() throws Exception {
        ObjectNode statement = statement();
        JWSObject broken = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(statement.toString()
                .replaceFirst("\"", "'")));
        broken.sign(new RSASSASigner(signerKey()));

        assertThatThrownBy(() -> check(attach(statement, broken.serialize(), "application/octet-stream")))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("not a JSON statement");
        assertThatThrownBy(() -> check(attach(statement, "bukan.sebuah-jws", "application/octet-stream")))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("not a JWS");
    }

    @Test
    void aSignatureAttachmentThatIsNotOctetStreamIsRefused() throws Exception {
        ObjectNode statement = statement();
        String jws = sign(statement, JWSAlgorithm.RS256, signerKey(), List.of());

        assertThatThrownBy(() -> check(attach(statement, jws, "text/plain; charset=ascii")))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("application/octet-stream");
    }

    @Test
    void aSignatureWhosePartWasNotSentIsRefused() throws Exception {
        ObjectNode statement = statement();
        Signed signed = attach(statement, sign(statement, JWSAlgorithm.RS256, signerKey(), List.of()),
                "application/octet-stream");

        assertThatThrownBy(() -> SignedStatements.check(signed.json(), Map.of(), NOW, "statement[1] "))
                .isInstanceOf(StoreRejection.class).hasMessageStartingWith("statement[1] ")
                .hasMessageContaining("part was not sent");
    }

    @Test
    void withACertificateChainTheSignatureAndTheChainAreVerified() throws Exception {
        ObjectNode statement = statement();
        String jws = sign(statement, JWSAlgorithm.RS512, signerKey(), List.of(certificate("leaf.pem"),
                certificate("ca.pem")));

        assertThatCode(() -> check(attach(statement, jws, "application/octet-stream"))).doesNotThrowAnyException();
    }

    @Test
    void aSignatureByAnotherKeyThanTheCertificatesIsRefused() throws Exception {
        ObjectNode statement = statement();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String jws = sign(statement, JWSAlgorithm.RS256, generator.generateKeyPair().getPrivate(),
                List.of(certificate("leaf.pem"), certificate("ca.pem")));

        assertThatThrownBy(() -> check(attach(statement, jws, "application/octet-stream")))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("does not verify");
    }

    @Test
    void aChainWhoseCertificateIsNotSignedByTheNextIsRefused() throws Exception {
        ObjectNode statement = statement();
        String jws = sign(statement, JWSAlgorithm.RS256, signerKey(), List.of(certificate("leaf.pem"),
                certificate("other.pem")));

        assertThatThrownBy(() -> check(attach(statement, jws, "application/octet-stream")))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("certificate chain is not valid at "
                        + "certificate 0");
    }

    @Test
    void anExpiredCertificateIsRefused() throws Exception {
        ObjectNode statement = statement();
        String jws = sign(statement, JWSAlgorithm.RS256, signerKey(), List.of(certificate("leaf.pem"),
                certificate("ca.pem")));
        Signed signed = attach(statement, jws, "application/octet-stream");

        assertThatThrownBy(() -> SignedStatements.check(signed.json(), signed.parts(),
                Instant.parse("2200-01-01T00:00:00Z"), "")).isInstanceOf(StoreRejection.class)
                .hasMessageContaining("not valid");
    }

    @Test
    void aStatementWithoutASignatureAttachmentIsNotChecked() {
        assertThatCode(() -> SignedStatements.check(statement(), Map.of(), NOW, "")).doesNotThrowAnyException();
    }

    private static PrivateKey signerKey() throws GeneralSecurityException {
        String pem = resource("signer-key.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                java.util.Base64.getDecoder().decode(pem)));
    }

    private static X509Certificate certificate(String name) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new java.io.ByteArrayInputStream(resource(name).getBytes(StandardCharsets.US_ASCII)));
    }

    private static Base64 der(X509Certificate certificate) {
        try {
            return Base64.encode(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SignedStatementsTest.class.getResourceAsStream("/signed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
