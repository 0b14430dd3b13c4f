package id.jembatan.bridge.state;

import id.jembatan.flow.credits.CreditLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code lrs-credits} ledger on the state store, for the flow and for whoever reads credits (the HR API). */
@Configuration(proxyBeanMethods = false)
class CreditLedgerConfiguration {

    @Bean
    CreditLedger creditLedger(StateJdbc state) {
        return new JdbcCreditLedger(state);
    }
}
