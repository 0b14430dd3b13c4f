package id.jembatan.lrs;

import id.jembatan.lrs.xapi.Statement;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One page of a statements query (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#2133-statementresult-object">xAPI
 * Communication 2.1.3</a>).
 *
 * @param statements the statements on this page
 * @param more the next page, already resolved against the endpoint's origin; empty on the last page
 * @param consistentThrough {@code X-Experience-API-Consistent-Through}: every statement stored up to this instant is
 *     visible to queries; a reader that moves a watermark should not move it past this
 */
public record StatementPage(List<Statement> statements, Optional<URI> more, Optional<Instant> consistentThrough) {

    public StatementPage {
        statements = List.copyOf(statements);
    }
}
