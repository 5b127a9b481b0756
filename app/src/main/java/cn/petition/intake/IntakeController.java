package cn.petition.intake;

import cn.petition.org.CurrentUser;
import cn.petition.org.PetitionUser;
import cn.petition.org.WriteRoles;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/cases: register a petition and start its handling (department members only). */
@RestController
@RequestMapping("/api/cases")
public class IntakeController {

  private final IntakeService intake;
  private final CurrentUser currentUser;

  public IntakeController(IntakeService intake, CurrentUser currentUser) {
    this.intake = intake;
    this.currentUser = currentUser;
  }

  @PostMapping
  public ResponseEntity<RegisteredCase> register(@Valid @RequestBody RegisterCaseRequest request) {
    PetitionUser user = currentUser.get();
    WriteRoles.requireDepartment(user, "登记信访事项");
    RegisteredCase registered = intake.register(request, user);
    return ResponseEntity.created(URI.create("/api/cases/" + registered.caseNo())).body(registered);
  }
}
