package cn.petition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.routing.Line;
import cn.petition.routing.RoutingFacts;
import cn.petition.routing.RoutingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every shipped table saved by another program loads and decides as before: all of them compile
 * together, the rules generated from each rewritten file are the same, row for row, as those
 * generated from the shipped one, and a decision comes out the same.
 */
class AnySpreadsheetWriterTest {

  private static List<Resource> shipped;

  @TempDir Path dir;

  @BeforeAll
  static void shippedTables() throws IOException {
    shipped = Arrays.asList(new PathMatchingResourcePatternResolver().getResources(ShippedTables.LOCATION));
    assertThat(shipped).hasSameSizeAs(ShippedTables.RULE_SETS);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(OtherWriters.class)
  void everyTableRewrittenByAnotherWriterLoadsWithTheSameRules(OtherWriters writer) throws IOException {
    for (Resource table : shipped) {
      Files.write(dir.resolve(table.getFilename()), writer.rewrite(table.getContentAsByteArray()));
    }
    assertLoadsWithTheSameRules();
  }

  @Test
  void everyTableSavedByLibreOfficeLoadsWithTheSameRules() throws Exception {
    Optional<Path> soffice = OtherWriters.libreOfficeCalc();
    Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice Calc (soffice with libsclo.so) is not installed");
    Path originals = Files.createDirectories(dir.resolve("shipped"));
    List<Path> files = new ArrayList<>();
    for (Resource table : shipped) {
      files.add(Files.write(originals.resolve(table.getFilename()), table.getContentAsByteArray()));
    }
    OtherWriters.throughLibreOffice(soffice.get(), files, dir);
    assertLoadsWithTheSameRules();
  }

  @Test
  void aValuesOnlyCopyNeedsItsMergedCellsFilledIn() throws IOException {
    Resource routing = shipped.stream().filter(t -> "routing.drl.xlsx".equals(t.getFilename())).findFirst().orElseThrow();
    byte[] copy = OtherWriters.VALUES_ONLY.rewrite(routing.getContentAsByteArray());

    assertThat(GeneratedDrl.drlOf(copy)).as("Drools on the copy as saved: the category condition loses its fact")
        .contains("\t\tcategoryCode == \"URBAN_RENEWAL\"");
    assertThat(GeneratedDrl.drlOf(TableWorkbooks.readable(copy))).isEqualTo(GeneratedDrl.of(routing).drl());
  }

  /** The rewritten tables in {@code dir} compile as the application loads them and generate the shipped rules. */
  private void assertLoadsWithTheSameRules() throws IOException {
    DecisionTables rewritten = new DecisionTables("file:" + dir + "/*.drl.xlsx", ShippedTables.RULE_SETS);
    for (Resource table : shipped) {
      assertThat(GeneratedDrl.of(new FileSystemResource(dir.resolve(table.getFilename()))).drl())
          .as("the rules generated from the rewritten %s", table.getFilename())
          .isEqualTo(GeneratedDrl.of(table).drl());
    }
    Optional<RoutingResult> routed = rewritten.decide(new RoutingFacts("OLD_COMMUNITY", Line.ORDINARY, "330100-02"));
    assertThat(routed).hasValueSatisfying(r -> assertThat(r.departmentCode()).isEqualTo("ZJJ"));
  }
}
