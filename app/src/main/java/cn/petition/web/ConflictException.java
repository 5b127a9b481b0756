package cn.petition.web;

/** The request contradicts what is stored (e.g. a petition on facts already finally decided): 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
