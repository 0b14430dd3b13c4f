package id.jembatan.lrs.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.X509CertUtils;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementEquivalence;
import id.jembatan.lrs.xapi.XapiJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Signed statements (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#26-signed-statements">xAPI
 * 1.0.3 Data 2.6</a>): a statement with an attachment of usageType {@value #SIGNATURE} carries a JWS (RFC 7515,
 * compact serialization) of itself. Checked before anything is stored; every failure is a 400 naming what is wrong:
 * <ul>
 *   <li>the attachment's contentType is {@code application/octet-stream} and its part is sent;</li>
 *   <li>the part is a JWS signed with RS256, RS384 or RS512 (HS256 and every other algorithm refused: a shared secret
 *   proves nothing to a third party);</li>
 *   <li>its payload is a JSON statement equivalent to the statement without the signature attachment (the comparison
 *   rules of Data 2.3.1, as for a statement sent twice);</li>
 *   <li>when the JWS header has {@code x5c}, the signature verifies with the first certificate's RSA key, every
 *   certificate is valid now and each is signed by the next one in the chain. The chain is not checked against trust
 *   anchors: the store has none configured, and the spec leaves trust to the consumer.</li>
 * </ul>
 * Without {@code x5c} there is no key to verify with; the structure, algorithm and payload are still checked.
 */
final class SignedStatements {

    static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SignedStatements() {
    }

    /**
     * Checks the signature of {@code statement} if it has one.
     *
     * @param json        the statement as received
     * @param contents    the attachment parts by SHA-2 hash (lower case)
     * @param where       the statement's place in the request, for messages ({@code statement[2] }, or empty)
     * @throws StoreRejection {@code INVALID} for a malformed or unverifiable signature
     */
    static void check(ObjectNode json, Map<String, AttachmentContent> contents, Instant now, String where) {
        JsonNode attachments = json.get("attachments");
        if (attachments == null || !attachments.isArray()) {
            return;
        }
        List<Integer> signatures = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            if (SIGNATURE.equals(attachments.get(i).path("usageType").asText())) {
                signatures.add(i);
            }
        }
        if (signatures.isEmpty()) {
            return;
        }
        if (signatures.size() > 1) {
            throw invalid(where, "lebih dari satu tanda tangan", "more than one signature attachment");
        }
        JsonNode attachment = attachments.get(signatures.get(0));
        String contentType = attachment.path("contentType").asText();
        if (!contentType.split(";")[0].trim().equalsIgnoreCase("application/octet-stream")) {
            throw invalid(where, "lampiran tanda tangan harus application/octet-stream", "the signature attachment "
                    + "must have contentType application/octet-stream, has '" + contentType + "'");
        }
        AttachmentContent part = contents.get(attachment.path("sha2").asText().toLowerCase(Locale.ROOT));
        if (part == null) {
            throw invalid(where, "bagian tanda tangan tidak dikirim", "the signature's part was not sent: a signed "
                    + "statement needs its JWS as a multipart/mixed part");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(new String(part.content(), StandardCharsets.US_ASCII).trim());
        } catch (ParseException e) {
            throw invalid(where, "tanda tangan bukan JWS", "the signature is not a JWS in compact serialization ("
                    + e.getMessage() + ")");
        }
        JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            throw invalid(where, "algoritme JWS harus RS256, RS384 atau RS512", "the JWS algorithm must be RS256, "
                    + "RS384 or RS512, was " + algorithm);
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(jws.getPayload().toString());
        } catch (java.io.IOException e) {
            payload = null;
        }
        if (payload == null || !payload.isObject()) {
            throw invalid(where, "muatan JWS bukan pernyataan JSON", "the JWS payload is not a JSON statement");
        }
        ObjectNode unsigned = json.deepCopy();
        ArrayNode others = ((ArrayNode) unsigned.get("attachments"));
        others.remove(signatures.get(0));
        if (others.isEmpty()) {
            unsigned.remove("attachments");
        }
        if (!equivalent(unsigned, (ObjectNode) payload)) {
            throw invalid(where, "muatan JWS berbeda dari pernyataan", "the JWS payload differs from the statement "
                    + "(xAPI Data 2.6: it must be the statement before the signature was added)");
        }
        if (jws.getHeader().getX509CertChain() != null && !jws.getHeader().getX509CertChain().isEmpty()) {
            verifyWithChain(jws, now, where);
        }
    }

    private static boolean equivalent(ObjectNode statement, ObjectNode payload) {
        Statement left;
        Statement right;
        try {
            left = XapiJson.readStatement(statement);
            right = XapiJson.readStatement(payload);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (right.id() != null && left.id() != null && !right.id().equals(left.id())) {
            return false;
        }
        return StatementEquivalence.equivalent(left.toBuilder().id(null).build(), right.toBuilder().id(null).build());
    }

    private static void verifyWithChain(JWSObject jws, Instant now, String where) {
        List<X509Certificate> chain = new ArrayList<>();
        for (var encoded : jws.getHeader().getX509CertChain()) {
            X509Certificate certificate = X509CertUtils.parse(encoded.decode());
            if (certificate == null) {
                throw invalid(where, "sertifikat x5c tidak terbaca", "a certificate in the JWS x5c header cannot be "
                        + "read");
            }
            chain.add(certificate);
        }
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            try {
                certificate.checkValidity(Date.from(now));
                if (i + 1 < chain.size()) {
                    certificate.verify(chain.get(i + 1).getPublicKey());
                }
            } catch (GeneralSecurityException e) {
                throw invalid(where, "rantai sertifikat x5c tidak sah", "the JWS x5c certificate chain is not valid "
                        + "at certificate " + i + " (" + certificate.getSubjectX500Principal().getName() + "): "
                        + e.getMessage());
            }
        }
        if (!(chain.get(0).getPublicKey() instanceof RSAPublicKey key)) {
            throw invalid(where, "sertifikat penanda tangan bukan RSA", "the signing certificate has no RSA key");
        }
        try {
            if (!jws.verify(new RSASSAVerifier(key))) {
                throw invalid(where, "tanda tangan JWS tidak cocok", "the JWS signature does not verify with the "
                        + "first x5c certificate");
            }
        } catch (JOSEException e) {
            throw invalid(where, "tanda tangan JWS tidak dapat diperiksa", "the JWS signature cannot be verified: "
                    + e.getMessage());
        }
    }

    private static StoreRejection invalid(String where, String indonesian, String english) {
        return StoreRejection.invalid(where + "pernyataan bertanda tangan: " + indonesian,
                "signed statement: " + english);
    }
}
