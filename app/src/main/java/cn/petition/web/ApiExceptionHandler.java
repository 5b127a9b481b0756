package cn.petition.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors into application/problem+json in Chinese. Validation errors carry
 * {@code errors: [{field, message}]}, one entry per bad field; a body that is not JSON, or a value of the
 * wrong type, names the field (its JSON path, e.g. {@code petitioners[0].idNumber}) and what was expected.
 */
@RestControllerAdvice(basePackages = "cn.petition")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** Chinese titles of the statuses Spring answers itself (405, 415, …). */
  private static final Map<Integer, String> TITLES = Map.of(400, "请求数据有误", 401, "未登录", 403, "无权限",
      404, "未找到", 405, "不支持该请求方法", 406, "无法提供所要求的格式", 409, "与已有记录冲突", 413, "请求体过大",
      415, "不支持的请求体格式", 500, "系统内部错误");

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
        .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage())).toList();
    return ResponseEntity.badRequest().body(invalid(problems));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(List.of(unreadable(ex.getCause()))));
  }

  /** What is wrong with an unreadable body, naming the field where Jackson knows it. */
  private static FieldProblem unreadable(Throwable cause) {
    if (cause instanceof StreamConstraintsException) {
      return new FieldProblem(null, "请求体嵌套过深或过长");
    }
    if (cause instanceof JsonParseException || !(cause instanceof JsonMappingException mapping)) {
      return new FieldProblem(null, cause == null ? "缺少请求体" : "请求体不是有效的 JSON");
    }
    if (mapping.getPath().isEmpty()) {
      return new FieldProblem(null, "请求体的结构不正确" + expected(mapping));
    }
    String field = mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    return new FieldProblem(field, "格式不正确" + expected(mapping));
  }

  private static String expected(JsonMappingException mapping) {
    Class<?> type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (type == null) {
      return "";
    }
    if (type.isEnum()) {
      return "，取值必须是 " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining("、")) + " 之一";
    }
    if (type.getName().startsWith("java.time")) {
      return "，时间应为带时区的 ISO-8601 文字，如 2026-09-28T09:30:00+08:00";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "，应为 true 或 false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "，应为整数";
    }
    if (type == String.class) {
      return "，应为文字（用双引号括起）";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "，应为列表 [...]";
    }
    return mapping instanceof InvalidFormatException ? "" : "，应为对象 {...}";
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(ex.getPropertyName(),
        "格式不正确：" + FieldProblem.shown(String.valueOf(ex.getValue()))))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "请求体须为 JSON（Content-Type: application/json）");
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "本接口不支持 " + ex.getMethod() + " 请求");
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  /** Every problem Spring builds itself gets a Chinese title. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem && TITLES.containsKey(statusCode.value())) {
      problem.setTitle(TITLES.get(statusCode.value()));
    }
    return super.handleExceptionInternal(ex, body, headers, statusCode, request);
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex) {
    return ResponseEntity.badRequest().body(invalid(ex.problems()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("与已有记录冲突");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("未找到");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        ex.getMessage() == null || ex.getMessage().equals("Access Denied") ? "无权执行此操作" : ex.getMessage());
    problem.setTitle("无权限");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }

  /** Two requests changed the same rows at once and the database gave this one up (deadlock, lock timeout). */
  @ExceptionHandler(ConcurrencyFailureException.class)
  ResponseEntity<ProblemDetail> concurrent(ConcurrencyFailureException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "数据刚刚已被他人同时修改，本次请求未生效，请刷新后重试");
    problem.setTitle("与已有记录冲突");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  /** Anything else is our fault: logged, and answered without internals. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex, WebRequest request) {
    LOG.error("Request {} failed", request.getDescription(false), ex);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "系统内部错误，请求未能完成，请稍后重试或联系管理员");
    problem.setTitle("系统内部错误");
    return ResponseEntity.internalServerError().body(problem);
  }

  static ProblemDetail invalid(List<FieldProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        problems.stream().map(p -> p.field() == null ? p.message() : p.field() + "：" + p.message())
            .collect(Collectors.joining("；")));
    problem.setTitle("请求数据有误");
    problem.setProperty("errors", problems);
    return problem;
  }
}
