package id.jembatan.bridge.state;

import id.jembatan.flow.credits.CreditLedger;
import id.jembatan.support.state.ReviewFlags;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code lrs-credits} ledger on the state store, for the flow and for whoever reads credits (the HR API). */
@Configuration(proxyBeanMethods = false)
class CreditLedgerConfiguration {

    @Bean
    CreditLedger creditLedger(StateJdbc state) {
        return new JdbcCreditLedger(state);
    }

    /**
     * The review flags hr-profiles sets on the credits of an ASN who left SIMPEG's active list: on the ledger
     * whether or not lrs-credits runs now (with no credits of that NIP it changes nothing).
     */
    @Bean
    ReviewFlags reviewFlags(CreditLedger creditLedger) {
        return creditLedger::flagAsn;
    }
}
