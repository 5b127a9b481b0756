package cn.petition.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Converts a rendered .docx to PDF with LibreOffice ({@code soffice --headless --convert-to pdf}), when
 * the server has it (petition.documents.soffice). Conversions run one at a time in a scratch folder,
 * with a LibreOffice profile of their own that is kept between conversions (creating one takes longer
 * than a conversion) and never shared with a person's LibreOffice.
 */
@Component
public class PdfConverter {

  public static final String PDF = "application/pdf";
  private static final Logger LOG = LoggerFactory.getLogger(PdfConverter.class);
  private static final Path SYSTEM_FONTS = Path.of("/etc/fonts/fonts.conf");

  private final DocumentProperties properties;
  private Path profile;

  public PdfConverter(DocumentProperties properties) {
    this.properties = properties;
  }

  /** Whether PDF conversion is configured and the command runs on this server. */
  public boolean available() {
    if (properties.soffice().isEmpty()) {
      return false;
    }
    try {
      Process p = new ProcessBuilder(properties.soffice(), "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(properties.pdfTimeout().toMillis(), TimeUnit.MILLISECONDS) && p.exitValue() == 0;
    } catch (IOException notInstalled) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * @throws ErrorResponseException 501 when LibreOffice is not installed or configured, 500 when it fails
   */
  public synchronized byte[] convert(byte[] docx, String name) {
    if (properties.soffice().isEmpty()) {
      throw unavailable("本服务器未配置 PDF 转换（petition.documents.soffice 为空），请下载 Word 版本");
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("petition-pdf-");
      Path source = dir.resolve("document.docx");
      Files.write(source, docx);
      ProcessBuilder soffice = new ProcessBuilder(List.of(properties.soffice(),
          "-env:UserInstallation=" + profile().toUri(), "--headless", "--norestore",
          "--convert-to", "pdf", "--outdir", dir.toString(), source.toString()))
          .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile());
      fontSubstitutes(soffice);
      Process process = soffice.start();
      if (!process.waitFor(properties.pdfTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw failed(name + " 转换为 PDF 超时");
      }
      Path pdf = dir.resolve("document.pdf");
      if (process.exitValue() != 0 || !Files.exists(pdf)) {
        LOG.warn("LibreOffice could not convert {}: {}", name, Files.readString(dir.resolve("soffice.log")));
        throw failed(name + " 转换为 PDF 失败");
      }
      return Files.readAllBytes(pdf);
    } catch (IOException e) {
      if (dir != null && e.getMessage() != null && e.getMessage().contains("Cannot run program")) {
        throw unavailable("本服务器未安装 LibreOffice，无法生成 PDF，请下载 Word 版本");
      }
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed(name + " 转换为 PDF 被中断");
    } finally {
      delete(dir);
    }
  }

  /**
   * Where the system keeps its fontconfig setup (Debian), the conversion reads fonts.conf of this package
   * first: the fonts of official documents, when missing, become office fonts or a serif CJK face rather
   * than a sans-serif one. A FONTCONFIG_FILE set for the server is left alone.
   */
  private void fontSubstitutes(ProcessBuilder soffice) throws IOException {
    if (!Files.exists(SYSTEM_FONTS) || soffice.environment().containsKey("FONTCONFIG_FILE")) {
      return;
    }
    Path conf = profile().resolve("fonts.conf");
    if (!Files.exists(conf)) {
      try (InputStream in = PdfConverter.class.getResourceAsStream("fonts.conf")) {
        Files.copy(in, conf);
      }
    }
    soffice.environment().put("FONTCONFIG_FILE", conf.toString());
  }

  private Path profile() throws IOException {
    if (profile == null) {
      profile = Files.createTempDirectory("petition-soffice-profile-");
    }
    return profile;
  }

  private static ErrorResponseException unavailable(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED, detail);
    problem.setTitle("暂不支持 PDF");
    return new ErrorResponseException(HttpStatus.NOT_IMPLEMENTED, problem, null);
  }

  private static ErrorResponseException failed(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, detail);
    problem.setTitle("PDF 生成失败");
    return new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, problem, null);
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.debug("Could not remove {}", dir, e);
    }
  }
}
