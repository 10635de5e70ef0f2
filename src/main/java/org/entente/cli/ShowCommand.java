package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.enrich.DateSpan;
import org.entente.enrich.EnrichedArticle;
import org.entente.enrich.Enricher;
import org.entente.enrich.Entity;
import org.entente.enrich.EntityType;
import org.entente.extract.Article;
import org.entente.extract.ArticleReader;
import org.entente.extract.Link;
import org.entente.extract.Section;
import org.entente.index.ArticleDocuments;
import org.entente.index.IndexStore;
import org.entente.print.HitPrinter;
import org.entente.print.JsonPrinter;
import org.entente.print.Style;
import org.entente.search.Searcher;
import org.entente.search.TitleLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code entente show TITLE}: an indexed article's entities by type, its dates and its sections. */
@Command(name = "show", description = "Show an indexed article: its entities by type with counts, its dates, its sections.")
final class ShowCommand implements Callable<Integer> {
  @Mixin Workspace workspace;

  @Parameters(arity = "1..*", paramLabel = "TITLE", description = "the article's title (case and accents ignored)")
  List<String> words;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    SearchCommand.ensureIndex(workspace);
    EnrichedArticle enriched;
    Path file;
    try (Searcher searcher = Searcher.open(workspace.index())) {
      TitleLookup.Found found = TitleLookup.find(searcher.indexSearcher(), String.join(" ", words));
      Path corpus = IndexStore.corpusOf(searcher.reader()).orElse(workspace.corpus());
      file = corpus.resolve(found.file());
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("'" + found.title() + "' is indexed from " + file
            + ", which is gone; run `entente index` to bring the index in step");
      }
      // The index keeps what search needs; the full picture comes from the file, read the same way.
      enriched = new Enricher().enrich(ArticleReader.read(file, found.file()));
    }
    if (output.json()) {
      new JsonPrinter(System.out).print(view(enriched, file));
    } else {
      print(enriched, file, output.style(), System.out);
    }
    return 0;
  }

  private static Map<String, Object> view(EnrichedArticle e, Path file) {
    Article a = e.article();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", a.title());
    m.put("file", HitPrinter.displayPath(file));
    if (!a.url().isEmpty()) m.put("url", a.url());
    ArticleDocuments.mainDate(e).ifPresent(d -> m.put("main_date", Map.of("kind", d.kind().label(), "date", d.from().toString())));
    m.put("categories", a.categories());
    Map<String, List<Map<String, Object>>> entities = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Entity en : byType(e, type)) {
        list.add(Map.of("name", en.name(), "mentions", en.mentions(), "aliases", en.aliases().stream().sorted().toList()));
      }
      if (!list.isEmpty()) entities.put(type.field(), list);
    }
    m.put("entities", entities);
    List<Map<String, Object>> dates = new ArrayList<>();
    for (DateSpan d : e.dates()) {
      dates.add(Map.of("kind", d.kind().label(), "from", d.from().toString(), "to", d.to().toString(),
          "text", d.text(), "section", d.section()));
    }
    m.put("dates", dates);
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Section s : a.sections()) {
      sections.add(Map.of("index", s.index(), "heading", s.displayPath(), "level", s.level(), "chars", s.text().length()));
    }
    m.put("sections", sections);
    return m;
  }

  private static List<Entity> byType(EnrichedArticle e, EntityType type) {
    return e.entities().stream().filter(en -> en.type() == type)
        .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name)).toList();
  }

  private static void print(EnrichedArticle e, Path file, Style style, PrintStream out) {
    Article a = e.article();
    out.println(style.title(a.title()));
    out.println("  file:       " + style.path(HitPrinter.displayPath(file)));
    if (!a.url().isEmpty()) out.println("  url:        " + a.url());
    ArticleDocuments.mainDate(e).ifPresent(d -> out.println("  main date:  " + d.kind().label() + " " + d.from()));
    if (!a.categories().isEmpty()) out.println("  categories: " + String.join("; ", a.categories()));
    out.println();
    out.println(style.title("Entities") + " (" + e.entities().size() + ")");
    for (EntityType type : EntityType.values()) {
      List<Entity> list = byType(e, type);
      if (list.isEmpty()) continue;
      List<String> named = list.stream().map(en -> en.name() + " ×" + en.mentions()).toList();
      out.println(String.format(Locale.ROOT, "  %-17s %s", type.field() + " (" + list.size() + ")", String.join(", ", named)));
    }
    out.println();
    out.println(style.title("Dates") + " (" + e.dates().size() + ")");
    for (DateSpan d : e.dates()) {
      String span = d.from().equals(d.to()) ? d.from().toString() : d.from() + " – " + d.to();
      out.println(String.format(Locale.ROOT, "  %-10s %-25s %-32s %s", d.kind().label(), span,
          "\"" + d.text() + "\"", style.dim(where(a, d.section()))));
    }
    out.println();
    out.println(style.title("Sections") + " (" + a.sections().size() + ")");
    for (Section s : a.sections()) {
      out.println(String.format(Locale.ROOT, "  %2d  %-50s %6d chars", s.index(), s.displayPath(), s.text().length()));
    }
  }

  private static String where(Article a, int section) {
    if (section == Link.INFOBOX) return "infobox";
    return a.sections().stream().filter(s -> s.index() == section).findFirst().map(s -> "§ " + s.displayPath()).orElse("");
  }
}
