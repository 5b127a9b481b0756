package cn.petition.document;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * petition.documents in application.yaml.
 *
 * @param templates folder of the Word templates, one per {@link DocumentTemplate} (a Spring resource
 *     location ending in "/", e.g. classpath:processes/documents/ or file:/etc/petition/documents/)
 * @param soffice LibreOffice's command for PDF downloads; empty turns PDF downloads off
 * @param pdfTimeout how long one conversion may take before it is abandoned
 */
@ConfigurationProperties(prefix = "petition.documents")
public record DocumentProperties(String templates, String soffice, Duration pdfTimeout) {

  public DocumentProperties {
    Objects.requireNonNull(templates, "petition.documents.templates");
    Objects.requireNonNull(pdfTimeout, "petition.documents.pdf-timeout");
    if (!templates.endsWith("/")) {
      templates = templates + "/";
    }
    soffice = soffice == null ? "" : soffice.trim();
  }
}
