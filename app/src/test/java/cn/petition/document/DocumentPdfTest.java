package cn.petition.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Each kind of document through LibreOffice (soffice --headless, as the PDF download does): one A4 page
 * or more, the title on the first page, no title line left with one character. The PDFs and PNGs of
 * their first pages stay in app/target/documents/ for a person to look at. Needs Debian's
 * libreoffice-writer and poppler-utils (.ci/run installs them).
 */
class DocumentPdfTest {

  static final Path OUT = Path.of("target", "documents");
  private static final PdfConverter CONVERTER = new PdfConverter(
      new DocumentProperties("classpath:processes/documents/", "soffice", Duration.ofMinutes(2)));

  @BeforeAll
  static void tools() throws IOException {
    assertThat(CONVERTER.available()).as("LibreOffice for the PDF test: apt-get install libreoffice-writer").isTrue();
    assertThat(new File("/usr/bin/pdftoppm")).as("poppler-utils: apt-get install poppler-utils").canRead();
    Files.createDirectories(OUT);
  }

  @ParameterizedTest
  @EnumSource(DocumentTemplate.class)
  void everyKindConvertsToA4WithItsTitleOnTheFirstPage(DocumentTemplate template) throws Exception {
    Map<String, Object> facts = SampleFacts.of(template);
    byte[] pdf = CONVERTER.convert(DocumentFormatTest.RENDERER.render(template, facts), template.file());
    Path file = OUT.resolve(template.name() + ".pdf");
    Files.write(file, pdf);

    String info = run("pdfinfo", file.toString());
    assertThat(info).as("A4 pages").contains("(A4)");
    assertThat(Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"))).isGreaterThanOrEqualTo(1);
    String firstPage = run("pdftotext", "-f", "1", "-l", "1", "-layout", file.toString(), "-");
    String title = template.layout() == Layout.LETTER && template.name().endsWith("LETTER")
        || template == DocumentTemplate.APPROACHING_NOTICE ? (String) facts.get("title") : template.label();
    assertThat(firstPage.replaceAll("\\s", "")).as("title on the first page").contains(title.replaceAll("\\s", ""));
    List<String> lines = Arrays.stream(firstPage.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertThat(lines).as("no line holds a single character (such as 函 of a title)").allMatch(l -> l.length() > 1);
    run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file.toString(),
        OUT.resolve(template.name()).toString());
    assertThat(OUT.resolve(template.name() + ".png")).exists();
  }

  @Test
  void withoutLibreOfficeThePdfIsNotImplementedAndSaysWhy() {
    PdfConverter none = new PdfConverter(new DocumentProperties("classpath:processes/documents/", "", Duration.ofMinutes(1)));
    PdfConverter missing = new PdfConverter(new DocumentProperties("classpath:processes/documents/",
        "/nonexistent/soffice", Duration.ofMinutes(1)));
    for (PdfConverter converter : List.of(none, missing)) {
      assertThat(converter.available()).isFalse();
      assertThatThrownBy(() -> converter.convert(new byte[0], "x.docx"))
          .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_IMPLEMENTED);
            assertThat(e.getBody().getDetail()).contains("PDF", "Word");
          });
    }
  }

  static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s: %s", String.join(" ", command), out).isZero();
    return out;
  }
}
