package cn.petition.web;

/** A case, letter or other resource that does not exist, or that the caller may not see: 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
