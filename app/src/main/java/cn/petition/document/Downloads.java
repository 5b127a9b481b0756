package cn.petition.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document as a file download, its Chinese file name encoded for every browser (RFC 6266). */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> attachment(byte[] body, String mediaType, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(body);
  }
}
