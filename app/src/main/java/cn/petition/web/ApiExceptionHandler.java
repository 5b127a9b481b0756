package cn.petition.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors into application/problem+json. Validation errors carry
 * {@code errors: [{field, message}]}, one entry per bad field, in Chinese.
 */
@RestControllerAdvice(basePackages = "cn.petition")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

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
    FieldProblem problem = new FieldProblem(null, "请求体不是有效的 JSON");
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      String message = "格式不正确";
      if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
          && format.getTargetType().isEnum()) {
        message = "取值必须是 " + Arrays.stream(format.getTargetType().getEnumConstants())
            .map(Object::toString).collect(Collectors.joining("、")) + " 之一";
      } else if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
          && format.getTargetType().getName().startsWith("java.time")) {
        message = "时间格式不正确，应为带时区的 ISO-8601，如 2026-09-28T09:30:00+08:00";
      }
      problem = new FieldProblem(field, message);
    }
    return ResponseEntity.badRequest().body(invalid(List.of(problem)));
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

  private static ProblemDetail invalid(List<FieldProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        problems.stream().map(p -> p.field() == null ? p.message() : p.field() + "：" + p.message())
            .collect(Collectors.joining("；")));
    problem.setTitle("请求数据有误");
    problem.setProperty("errors", problems);
    return problem;
  }
}
