package cn.petition.screening;

import cn.petition.intake.RegisteredCase;
import cn.petition.org.CurrentUser;
import cn.petition.org.PetitionUser;
import cn.petition.org.WriteRoles;
import cn.petition.web.InvalidRequestException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 矛盾纠纷排查: report a dispute, read disputes, turn one into a petition case. */
@RestController
@RequestMapping("/api/disputes")
public class DisputeController {

  private final DisputeService disputes;
  private final DisputeQueries queries;
  private final DisputePetitions petitions;
  private final DisputeAccess access;
  private final CurrentUser currentUser;

  public DisputeController(DisputeService disputes, DisputeQueries queries, DisputePetitions petitions,
      DisputeAccess access, CurrentUser currentUser) {
    this.disputes = disputes;
    this.queries = queries;
    this.petitions = petitions;
    this.access = access;
    this.currentUser = currentUser;
  }

  /** Department staff, grid workers and the soft team report a dispute; supervisors only read. */
  @PostMapping
  public ResponseEntity<DisputeView> report(@Valid @RequestBody ReportDisputeRequest request) {
    PetitionUser user = currentUser.get();
    WriteRoles.requireDisputeReporter(user);
    Dispute d = disputes.report(request, user);
    return ResponseEntity.created(URI.create("/api/disputes/" + d.id())).body(queries.detail(d.id(), user));
  }

  @GetMapping("/{id}")
  public DisputeView get(@PathVariable long id) {
    return queries.detail(id, currentUser.get());
  }

  /** Disputes the caller may see, newest first (at most 200). */
  @GetMapping
  public List<DisputeView> list(@RequestParam(required = false) String region,
      @RequestParam(required = false) String status) {
    if (status != null && Arrays.stream(DisputeStatus.values()).noneMatch(s -> s.name().equals(status))) {
      throw new InvalidRequestException("status", "取值必须是 " + Arrays.toString(DisputeStatus.values()) + " 之一");
    }
    return queries.search(currentUser.get(), region, status);
  }

  /** 转为信访件: 201 with the registered case; 409 when the dispute is resolved or already a case. */
  @PostMapping("/{id}/petition")
  public ResponseEntity<Map<String, Object>> petition(@PathVariable long id,
      @Valid @RequestBody(required = false) DisputePetitionRequest overrides) {
    PetitionUser user = currentUser.get();
    Dispute d = queries.visible(id, user);
    if (!access.mayHandle(user, d)) {
      throw new AccessDeniedException("只有纠纷所在街道或县信访局可以将矛盾纠纷转为信访件");
    }
    RegisteredCase registered = petitions.petition(id, overrides, user);
    return ResponseEntity.created(URI.create("/api/cases/" + registered.caseNo()))
        .body(Map.of("disputeId", id, "caseNo", registered.caseNo(), "status", DisputeStatus.PETITIONED.name(),
            "case", registered));
  }
}
