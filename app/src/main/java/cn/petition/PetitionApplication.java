package cn.petition;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 信访事项办理系统: the Spring Boot application with the embedded Camunda engine. */
@SpringBootApplication
public class PetitionApplication {

  public static void main(String[] args) {
    SpringApplication.run(PetitionApplication.class, args);
  }
}
