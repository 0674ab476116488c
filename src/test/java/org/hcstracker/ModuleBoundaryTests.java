package org.hcstracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import org.hcstracker.shared.ViewModel;
import org.junit.jupiter.api.Test;
import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries read from the compiled classes: no query names another module's
 * entity or table, and no type is public that no other module needs.
 *
 * <p>
 * A module is a package below {@code org.hcstracker}. An entity belongs to the module of
 * its class; a table to the module of the entity mapped to it (or of the element
 * collection kept in it), otherwise to the one module whose SQL writes it, otherwise to
 * the module owning another table created by the same migration. The queries checked are
 * every {@code @Query}/{@code @NativeQuery} and every string constant or literal in the
 * code that reads as SQL or JPQL (a select with a from, an insert, an update, a delete, a
 * join).
 */
class ModuleBoundaryTests {

	private static final String ROOT = "org.hcstracker";

	/**
	 * Read-side modules: they exist to gather several modules' data for a page, so their
	 * SQL may name any module's tables. Nothing below them depends on them.
	 */
	private static final Set<String> READ_SIDE = Set.of("home", "risk");

	/**
	 * Queries that still name another module's entities or tables, by module, class and
	 * method (or constant). The list only shrinks: each entry goes when its query no
	 * longer crosses the boundary, and a crossing not listed here fails.
	 */
	private static final Set<String> KNOWN_CROSSINGS = Set.of();

	private static final Pattern SQL = Pattern.compile(
			"(?is).*(\\bselect\\b.+\\bfrom\\b|\\binsert\\s+into\\b|\\bdelete\\s+from\\b|\\bupdate\\s+\\w+\\s+(\\w+\\s+)?set\\b|\\bjoin\\s+\\w+.*\\bon\\b).*");

	private static final Pattern WRITE = Pattern
		.compile("(?i)\\b(?:insert\\s+into|delete\\s+from|update)\\s+([a-z_][a-z0-9_]*)");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern RENAME_TABLE = Pattern
		.compile("(?i)alter\\s+table\\s+([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)");

	private static final Set<String> QUERY_ANNOTATIONS = Set.of("Lorg/springframework/data/jpa/repository/Query;",
			"Lorg/springframework/data/jpa/repository/NativeQuery;");

	private static final JavaClasses MAIN = MainClasses.ALL;

	@Test
	void noQueryNamesAnotherModulesEntityOrTable() {
		Map<String, String> crossings = crossings(MAIN);
		List<String> unexpected = crossings.entrySet()
			.stream()
			.filter((crossing) -> !KNOWN_CROSSINGS.contains(crossing.getKey()))
			.map((crossing) -> crossing.getKey() + " names " + crossing.getValue())
			.toList();
		assertThat(unexpected)
			.as("queries naming another module's entity or table (only the read side %s may): move the query to "
					+ "the read side, or keep what the module needs in its own tables", READ_SIDE)
			.isEmpty();
		assertThat(KNOWN_CROSSINGS.stream().filter((known) -> !crossings.containsKey(known)).toList())
			.as("known crossings that no longer cross: remove them from KNOWN_CROSSINGS")
			.isEmpty();
	}

	@Test
	void theCheckFindsAQueryThatNamesAnotherModulesEntity() {
		Map<String, String> crossings = crossings(
				new ClassFileImporter().importPackages(ROOT + ".people", ROOT + ".programme"));
		assertThat(crossings).containsKeys("people.CrossingQueryExample.findIt", "people.CrossingQueryExample.NATIVE")
			.doesNotContainKey("people.CrossingQueryExample.findOwn");
		assertThat(crossings.get("people.CrossingQueryExample.findIt")).isEqualTo("Apprentice (programme)");
	}

	@Test
	void everyTableInTheMigrationsBelongsToAModule() {
		Map<String, String> tables = tableModules(MAIN, sqlTexts(MAIN));
		assertThat(migrationTables().keySet()).allSatisfy((table) -> assertThat(tables).containsKey(table));
	}

	@Test
	void aTypeIsPublicOnlyWhenAnotherModuleOrATemplateNeedsIt() {
		JavaClasses all = new ClassFileImporter().importPackages(ROOT);
		assertThat(needlesslyPublic(all))
			.as("public types no other module uses: make them package-private, or mark a template's view model @ViewModel")
			.isEmpty();
	}

	@Test
	void theCheckFindsAPublicTypeNoOtherModuleUses() {
		JavaClasses some = new ClassFileImporter().importClasses(org.hcstracker.people.Role.class,
				org.hcstracker.people.AccountView.class, org.hcstracker.programme.EnrolmentService.class);
		assertThat(needlesslyPublic(some)).contains("programme.EnrolmentService")
			.doesNotContain("people.Role", "people.AccountView");
	}

	@Test
	void aTypeIsNeededWhenAnotherModuleUsesATypeNestedInItOrReachesItThroughAPublicSignature() {
		JavaClasses some = new ClassFileImporter().importClasses(org.hcstracker.portfolio.PortfolioViews.class,
				org.hcstracker.portfolio.PortfolioViews.Needs.class,
				org.hcstracker.portfolio.PortfolioViews.Returned.class, org.hcstracker.portfolio.EvidenceRow.class,
				org.hcstracker.portfolio.FeedbackView.class, org.hcstracker.home.ApprenticeDashboard.class);
		assertThat(needlesslyPublic(some)).doesNotContain("portfolio.PortfolioViews", "portfolio.EvidenceRow",
				"portfolio.FeedbackView");
		JavaClasses alone = new ClassFileImporter().importClasses(org.hcstracker.portfolio.PortfolioViews.class,
				org.hcstracker.portfolio.PortfolioViews.Needs.class, org.hcstracker.portfolio.EvidenceRow.class);
		assertThat(needlesslyPublic(alone)).contains("portfolio.PortfolioViews", "portfolio.EvidenceRow");
	}

	/**
	 * Public top-level types of a module that no class of another module (nor a test
	 * outside its package) needs. A type is needed when such a class uses it or a type
	 * nested in it (a nested type is reachable only through its enclosing one), or when a
	 * public member of a needed type names it in its signature.
	 */
	private static Set<String> needlesslyPublic(JavaClasses classes) {
		Map<JavaClass, Boolean> candidates = new LinkedHashMap<>();
		for (JavaClass type : classes) {
			if (!module(type).isEmpty() && type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC)
					&& !type.getSimpleName().equals("package-info") && !type.isAnnotatedWith(ViewModel.class)
					&& !isTest(type)) {
				candidates.put(type, false);
			}
		}
		for (JavaClass type : classes) {
			JavaClass top = topLevel(type);
			if (candidates.containsKey(top) && type.getDirectDependenciesToSelf()
				.stream()
				.map(Dependency::getOriginClass)
				.anyMatch((user) -> !module(user).equals(module(top))
						|| (isTest(user) && !user.getPackageName().startsWith(top.getPackageName())))) {
				candidates.put(top, true);
			}
		}
		boolean grown = true;
		while (grown) {
			grown = false;
			for (JavaClass type : classes) {
				JavaClass top = topLevel(type);
				if (!Boolean.TRUE.equals(candidates.get(top)) || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
					continue;
				}
				for (JavaClass named : publicSignatureTypes(type)) {
					JavaClass namedTop = topLevel(named);
					if (Boolean.FALSE.equals(candidates.get(namedTop))) {
						candidates.put(namedTop, true);
						grown = true;
					}
				}
			}
		}
		Set<String> needless = new TreeSet<>();
		candidates.forEach((type, needed) -> {
			if (!needed) {
				needless.add(module(type) + "." + type.getSimpleName());
			}
		});
		return needless;
	}

	/** The types named by the public fields, constructors and methods of a type. */
	private static Set<JavaClass> publicSignatureTypes(JavaClass type) {
		Set<JavaClass> named = new java.util.HashSet<>();
		type.getFields()
			.stream()
			.filter((field) -> field.getModifiers().contains(JavaModifier.PUBLIC))
			.forEach((field) -> named.addAll(field.getType().getAllInvolvedRawTypes()));
		type.getCodeUnits()
			.stream()
			.filter((unit) -> unit.getModifiers().contains(JavaModifier.PUBLIC))
			.forEach((unit) -> {
				named.addAll(unit.getReturnType().getAllInvolvedRawTypes());
				unit.getParameterTypes().forEach((parameter) -> named.addAll(parameter.getAllInvolvedRawTypes()));
			});
		return named;
	}

	private static JavaClass topLevel(JavaClass type) {
		JavaClass top = type;
		while (top.getEnclosingClass().isPresent()) {
			top = top.getEnclosingClass().get();
		}
		return top;
	}

	private static boolean isTest(JavaClass type) {
		return type.getSource().map((source) -> source.getUri().toString().contains("/test-classes/")).orElse(false);
	}

	/** Each query that crosses a boundary, by where it is, with what it names. */
	private static Map<String, String> crossings(JavaClasses classes) {
		Map<String, List<String>> texts = sqlTexts(classes);
		Map<String, String> entities = entityModules(classes);
		Map<String, String> tables = tableModules(classes, texts);
		Map<String, String> crossings = new TreeMap<>();
		texts.forEach((where, sqls) -> {
			String module = where.substring(0, where.indexOf('.'));
			if (READ_SIDE.contains(module)) {
				return;
			}
			Set<String> named = new TreeSet<>();
			for (String sql : sqls) {
				Matcher identifiers = IDENTIFIER.matcher(withoutLiteralsAndParameters(sql));
				while (identifiers.find()) {
					String word = identifiers.group();
					String entityModule = entities.get(word);
					String tableModule = tables.get(word.toLowerCase(java.util.Locale.ROOT));
					if (entityModule != null && !entityModule.equals(module)) {
						named.add(word + " (" + entityModule + ")");
					}
					else if (entityModule == null && tableModule != null && !tableModule.equals(module)) {
						named.add(word + " (" + tableModule + ")");
					}
				}
			}
			if (!named.isEmpty()) {
				crossings.put(where, String.join(", ", named));
			}
		});
		return crossings;
	}

	private static String withoutLiteralsAndParameters(String sql) {
		return sql.replaceAll("'[^']*'", "''").replaceAll(":\\w+", ":p");
	}

	/** Entity names (as JPQL names them) by module. */
	private static Map<String, String> entityModules(JavaClasses classes) {
		Map<String, String> entities = new TreeMap<>();
		for (JavaClass type : classes) {
			if (type.isAnnotatedWith(Entity.class)) {
				String name = type.getAnnotationOfType(Entity.class).name();
				entities.put(name.isEmpty() ? type.getSimpleName() : name, module(type));
			}
		}
		return entities;
	}

	/** Table names (lower case) by the module that owns them. */
	private static Map<String, String> tableModules(JavaClasses classes, Map<String, List<String>> texts) {
		Map<String, String> tables = new TreeMap<>();
		for (JavaClass type : classes) {
			if (!type.isAnnotatedWith(Entity.class)) {
				continue;
			}
			String module = module(type);
			String table = type.isAnnotatedWith(Table.class) ? type.getAnnotationOfType(Table.class).name() : "";
			tables.put(table.isEmpty() ? snakeCase(type.getSimpleName()) : table.toLowerCase(java.util.Locale.ROOT),
					module);
			type.getAllFields().forEach((field) -> {
				field.tryGetAnnotationOfType(CollectionTable.class)
					.ifPresent(
							(collection) -> tables.put(collection.name().toLowerCase(java.util.Locale.ROOT), module));
				field.tryGetAnnotationOfType(JoinTable.class)
					.ifPresent((join) -> tables.put(join.name().toLowerCase(java.util.Locale.ROOT), module));
			});
		}
		Map<String, Set<String>> writers = new TreeMap<>();
		texts.forEach((where, sqls) -> sqls.forEach((sql) -> {
			Matcher write = WRITE.matcher(sql);
			while (write.find()) {
				writers.computeIfAbsent(write.group(1).toLowerCase(java.util.Locale.ROOT), (table) -> new TreeSet<>())
					.add(where.substring(0, where.indexOf('.')));
			}
		}));
		writers.forEach((table, modules) -> {
			if (modules.size() == 1) {
				tables.putIfAbsent(table, modules.iterator().next());
			}
		});
		Map<String, String> migrations = migrationTables();
		migrations.forEach((table, script) -> {
			if (!tables.containsKey(table)) {
				migrations.entrySet()
					.stream()
					.filter((other) -> other.getValue().equals(script) && tables.containsKey(other.getKey()))
					.findFirst()
					.ifPresent((sibling) -> tables.put(table, tables.get(sibling.getKey())));
			}
		});
		return tables;
	}

	/**
	 * The tables the migrations create, each with the script that creates it, under the
	 * name a later migration may have given it.
	 */
	private static Map<String, String> migrationTables() {
		Map<String, String> tables = new LinkedHashMap<>();
		Map<String, String> renamed = new LinkedHashMap<>();
		try {
			for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath*:db/**/*.sql")) {
				String sql = script.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
				Matcher create = CREATE_TABLE.matcher(sql);
				while (create.find()) {
					tables.put(create.group(1).toLowerCase(java.util.Locale.ROOT),
							String.valueOf(script.getFilename()));
				}
				Matcher rename = RENAME_TABLE.matcher(sql);
				while (rename.find()) {
					renamed.put(rename.group(1).toLowerCase(java.util.Locale.ROOT),
							rename.group(2).toLowerCase(java.util.Locale.ROOT));
				}
			}
			renamed.forEach((from, to) -> {
				String script = tables.remove(from);
				if (script != null) {
					tables.put(to, script);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tables;
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Every text in the classes that reads as SQL or JPQL, by where it is
	 * ("module.Class.member"): query annotations, constants, and the literals in method
	 * bodies (string concatenations included).
	 */
	private static Map<String, List<String>> sqlTexts(JavaClasses classes) {
		Map<String, List<String>> texts = new TreeMap<>();
		for (JavaClass type : classes) {
			String module = module(type);
			if (module.isEmpty()) {
				continue;
			}
			String owner = module + "."
					+ type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
			for (Map.Entry<String, String> text : strings(type)) {
				if (SQL.matcher(text.getValue()).matches()) {
					texts.computeIfAbsent(owner + "." + text.getKey(), (where) -> new ArrayList<>())
						.add(text.getValue());
				}
			}
		}
		return texts;
	}

	/** Each string in a compiled class, with the field or method it is in. */
	private static List<Map.Entry<String, String>> strings(JavaClass type) {
		List<Map.Entry<String, String>> strings = new ArrayList<>();
		String resource = type.getName().replace('.', '/') + ".class";
		try (InputStream bytes = ModuleBoundaryTests.class.getClassLoader().getResourceAsStream(resource)) {
			if (bytes == null) {
				return strings;
			}
			new ClassReader(bytes).accept(new ClassVisitor(SpringAsmInfo.ASM_VERSION) {

				@Override
				public FieldVisitor visitField(int access, String name, String descriptor, String signature,
						Object value) {
					if (value instanceof String text) {
						strings.add(Map.entry(name, text));
					}
					return null;
				}

				@Override
				public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
						String[] exceptions) {
					String member = memberName(name);
					return new MethodVisitor(SpringAsmInfo.ASM_VERSION) {

						@Override
						public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
							if (!QUERY_ANNOTATIONS.contains(annotation)) {
								return null;
							}
							return new AnnotationVisitor(SpringAsmInfo.ASM_VERSION) {

								@Override
								public void visit(String element, Object value) {
									if (value instanceof String text) {
										strings.add(Map.entry(member, text));
									}
								}

							};
						}

						@Override
						public void visitLdcInsn(Object value) {
							if (value instanceof String text) {
								strings.add(Map.entry(member, text));
							}
						}

						@Override
						public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap,
								Object... arguments) {
							for (Object argument : arguments) {
								if (argument instanceof String text) {
									strings.add(Map.entry(member, text));
								}
							}
						}

					};
				}

			}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return strings;
	}

	/** A lambda's body belongs to the method that wrote it. */
	private static String memberName(String method) {
		Matcher lambda = Pattern.compile("lambda\\$(.+)\\$\\d+").matcher(method);
		return lambda.matches() ? lambda.group(1) : method;
	}

	private static String module(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT + ".")) {
			return "";
		}
		String rest = name.substring(ROOT.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
