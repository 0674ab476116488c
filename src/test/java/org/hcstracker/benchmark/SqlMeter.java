package org.hcstracker.benchmark;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application runs and the time they take, by wrapping its
 * DataSource: each call of a statement's {@code execute…} methods counts as one statement
 * and is timed (the PostgreSQL driver reads the whole result during the call unless a
 * fetch size is set). Installed only by the benchmark's configuration.
 */
final class SqlMeter implements BeanPostProcessor {

	private final LongAdder statements = new LongAdder();

	private final LongAdder nanos = new LongAdder();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return wrap(dataSource, DataSource.class, Closeable.class);
		}
		return bean;
	}

	/**
	 * The statements run and the time spent in them since the application started.
	 * @return the totals so far
	 */
	Totals totals() {
		return new Totals(this.statements.sum(), this.nanos.sum());
	}

	private Object wrap(Object target, Class<?>... interfaces) {
		return Proxy.newProxyInstance(SqlMeter.class.getClassLoader(), interfaces, new Metered(target));
	}

	private Object wrapStatement(Statement statement) {
		if (statement instanceof CallableStatement) {
			return wrap(statement, CallableStatement.class);
		}
		if (statement instanceof PreparedStatement) {
			return wrap(statement, PreparedStatement.class);
		}
		return wrap(statement, Statement.class);
	}

	/**
	 * Statements and time in them, as totals or as a difference of totals.
	 *
	 * @param statements the number of statements
	 * @param nanos the time spent in them
	 */
	record Totals(long statements, long nanos) {

		Totals since(Totals earlier) {
			return new Totals(this.statements - earlier.statements, this.nanos - earlier.nanos);
		}

	}

	/**
	 * Passes every call on to the wrapped object, wrapping the connections and statements
	 * it hands out, and timing the statements' executions.
	 */
	private final class Metered implements InvocationHandler {

		private final Object target;

		Metered(Object target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			int arity = (args != null) ? args.length : 0;
			if (name.equals("equals") && arity == 1) {
				return proxy == args[0];
			}
			if (name.equals("hashCode") && arity == 0) {
				return System.identityHashCode(proxy);
			}
			if (name.equals("toString") && arity == 0) {
				return "Metered " + this.target;
			}
			if (method.getDeclaringClass() == Closeable.class) {
				if (this.target instanceof AutoCloseable closeable) {
					closeable.close();
				}
				return null;
			}
			boolean timed = this.target instanceof Statement && name.startsWith("execute");
			long start = timed ? System.nanoTime() : 0;
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			finally {
				if (timed) {
					SqlMeter.this.nanos.add(System.nanoTime() - start);
					SqlMeter.this.statements.increment();
				}
			}
			if (result instanceof Connection connection && this.target instanceof DataSource) {
				return wrap(connection, Connection.class);
			}
			if (result instanceof Statement statement && this.target instanceof Connection) {
				return wrapStatement(statement);
			}
			return result;
		}

	}

}
