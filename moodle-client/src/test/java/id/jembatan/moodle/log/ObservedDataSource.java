package id.jembatan.moodle.log;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that notes, for each connection handed out, whether it had been set read-only before each
 * statement and whether it was closed. It records the {@code setReadOnly} calls itself: some drivers (H2)
 * accept them without reporting them back.
 */
final class ObservedDataSource implements DataSource {

    /** What one connection went through. */
    static final class Use {
        boolean readOnly;
        boolean statementOnWritableConnection;
        int statements;
        boolean closed;

        @Override
        public String toString() {
            return "connection: " + statements + " statements, writable during one: " + statementOnWritableConnection
                    + ", closed: " + closed;
        }
    }

    private final DataSource target;
    private final List<Use> uses = new ArrayList<>();

    ObservedDataSource(DataSource target) {
        this.target = target;
    }

    synchronized List<Use> uses() {
        return List.copyOf(uses);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return observe(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return observe(target.getConnection(username, password));
    }

    private Connection observe(Connection connection) {
        Use use = new Use();
        synchronized (this) {
            uses.add(use);
        }
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setReadOnly")) {
                        use.readOnly = (Boolean) args[0];
                    }
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        use.statements++;
                        use.statementOnWritableConnection |= !use.readOnly;
                    }
                    if (method.getName().equals("close")) {
                        use.closed = true;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
