package org.hcstracker.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that records every prepared statement run through it, with the values
 * bound to it, for tests that must show which rows a piece of plain JDBC code read (the
 * statements Hibernate prepares are counted by {@link SqlStatements} instead).
 */
public final class RecordedStatements extends DelegatingDataSource {

	private final List<Statement> statements = Collections.synchronizedList(new ArrayList<>());

	public RecordedStatements(DataSource target) {
		super(target);
	}

	/**
	 * The statements run so far, in order.
	 * @return the statements
	 */
	public List<Statement> statements() {
		return List.copyOf(this.statements);
	}

	/**
	 * Forgets the statements run so far.
	 */
	public void clear() {
		this.statements.clear();
	}

	@Override
	public Connection getConnection() throws java.sql.SQLException {
		return recording(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws java.sql.SQLException {
		return recording(super.getConnection(username, password));
	}

	private Connection recording(Connection connection) {
		InvocationHandler handler = (proxy, method, args) -> {
			Object result = invoke(connection, method, args);
			if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
				return recording(statement, (String) args[0]);
			}
			return result;
		};
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				handler);
	}

	private PreparedStatement recording(PreparedStatement statement, String sql) {
		Map<Integer, Object> parameters = new TreeMap<>();
		InvocationHandler handler = (proxy, method, args) -> {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
				parameters.put(index, args[1]);
			}
			else if (name.equals("clearParameters")) {
				parameters.clear();
			}
			else if (name.startsWith("execute")) {
				this.statements.add(new Statement(sql, List.copyOf(parameters.values())));
			}
			return invoke(statement, method, args);
		};
		return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { PreparedStatement.class }, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * A statement that was run.
	 *
	 * @param sql its SQL
	 * @param parameters the values bound to it, in order
	 */
	public record Statement(String sql, List<Object> parameters) {

	}

}
