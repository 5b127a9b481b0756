package cn.petition.casefile;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The petition_case table. Its status is written through {@link CaseLifecycle} only. */
@Mapper
public interface PetitionCaseMapper {

  /** The IN list of a {@code <script>} statement over its parameter {@code open}, the open statuses. */
  String OPEN = "<foreach item='s' collection='open' open='(' separator=', ' close=')'>#{s}</foreach>";

  String COLUMNS = "case_no, process_instance_id, channel, received_at, registered_at, registered_by, "
      + "first_contact_dept, handling_dept, title, content, category_code, occurrence_region, person_count, "
      + "skip_level, extreme_behaviour, procedure_type, line_type, warning_level, status, current_stage, repeat_of, "
      + "accept_decision, decline_reason, guidance, outcome, reply_text, replied_at, satisfaction_handler, "
      + "satisfaction_office, closed_at";

  @Insert("INSERT INTO petition_case (case_no, channel, received_at, registered_at, registered_by, "
      + "first_contact_dept, handling_dept, title, content, category_code, occurrence_region, person_count, "
      + "skip_level, extreme_behaviour, warning_level, status, repeat_of) VALUES (#{caseNo}, #{channel}, "
      + "#{receivedAt}, #{registeredAt}, #{registeredBy}, #{firstContactDept}, #{handlingDept}, #{title}, "
      + "#{content}, #{categoryCode}, #{occurrenceRegion}, #{personCount}, #{skipLevel}, #{extremeBehaviour}, "
      + "#{warningLevel}, #{status}, #{repeatOf})")
  void insert(PetitionCase petitionCase);

  @Select("SELECT " + COLUMNS + " FROM petition_case WHERE case_no = #{caseNo}")
  PetitionCase find(String caseNo);

  /**
   * Locks the case row until the transaction ends, so what reads and then raises its colour (a repeat
   * petition, new facts) runs one at a time per case. Null when there is no such case.
   */
  @Select("SELECT case_no FROM petition_case WHERE case_no = #{caseNo} FOR UPDATE")
  @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
  String lock(String caseNo);

  /** The newest open case of the same petitioner (ID number), category and place: a repeat petition. */
  default String findOpenOriginal(String idNumber, String categoryCode, String region) {
    return findOriginal(idNumber, categoryCode, region, CaseStatus.open());
  }

  @Select("<script>SELECT c.case_no FROM petition_case c JOIN petitioner p ON p.case_no = c.case_no "
      + "WHERE p.id_number = #{idNumber} AND c.category_code = #{categoryCode} "
      + "AND c.occurrence_region = #{region} AND c.status IN " + OPEN + " "
      + "AND c.repeat_of IS NULL ORDER BY c.received_at DESC LIMIT 1</script>")
  String findOriginal(@Param("idNumber") String idNumber, @Param("categoryCode") String categoryCode,
      @Param("region") String region, @Param("open") List<CaseStatus> open);

  /** Earlier cases of the petitioners of this case on the same category and place: is it 重复信访? */
  @Select("SELECT COUNT(DISTINCT c.case_no) FROM petition_case c JOIN petitioner p ON p.case_no = c.case_no "
      + "JOIN petitioner mine ON mine.id_number = p.id_number AND mine.case_no = #{caseNo} "
      + "JOIN petition_case me ON me.case_no = #{caseNo} "
      + "WHERE c.case_no <> #{caseNo} AND c.category_code = me.category_code "
      + "AND c.occurrence_region = me.occurrence_region AND c.received_at <= me.received_at")
  int countEarlierCases(String caseNo);

  /** Open cases that are not repeats of another, oldest first (the daily backlog scan). */
  default List<String> openOriginals() {
    return originalsIn(CaseStatus.open());
  }

  @Select("<script>SELECT case_no FROM petition_case WHERE status IN " + OPEN
      + " AND repeat_of IS NULL ORDER BY received_at, case_no</script>")
  List<String> originalsIn(@Param("open") List<CaseStatus> open);

  /** Cases registered as repeats of this one (重复信访 merged into it), oldest first. */
  @Select("SELECT case_no FROM petition_case WHERE repeat_of = #{caseNo} ORDER BY received_at")
  List<String> repeatsOf(String caseNo);

  @Update("UPDATE petition_case SET process_instance_id = #{processInstanceId} WHERE case_no = #{caseNo}")
  void setProcessInstance(@Param("caseNo") String caseNo, @Param("processInstanceId") String processInstanceId);

  @Update("UPDATE petition_case SET procedure_type = #{procedure}, line_type = #{line}, handling_dept = #{dept} "
      + "WHERE case_no = #{caseNo}")
  void classify(@Param("caseNo") String caseNo, @Param("procedure") String procedure, @Param("line") String line,
      @Param("dept") String handlingDept);

  @Update("UPDATE petition_case SET status = #{status} WHERE case_no = #{caseNo}")
  void setStatus(@Param("caseNo") String caseNo, @Param("status") CaseStatus status);

  /** The colour of the three-colour warning in force (NONE, YELLOW, ORANGE, RED). */
  @Update("UPDATE petition_case SET warning_level = #{level} WHERE case_no = #{caseNo}")
  void setWarningLevel(@Param("caseNo") String caseNo, @Param("level") String level);

  /** New facts a handler learnt (人数、越级访、极端行为). */
  @Update("UPDATE petition_case SET person_count = #{personCount}, skip_level = #{skipLevel}, "
      + "extreme_behaviour = #{extreme} WHERE case_no = #{caseNo}")
  void recordFacts(@Param("caseNo") String caseNo, @Param("personCount") int personCount,
      @Param("skipLevel") boolean skipLevel, @Param("extreme") boolean extremeBehaviour);

  @Update("UPDATE petition_case SET current_stage = #{stage} WHERE case_no = #{caseNo}")
  void setStage(@Param("caseNo") String caseNo, @Param("stage") String stage);

  @Update("UPDATE petition_case SET accept_decision = #{decision}, handling_dept = #{dept}, status = #{status} "
      + "WHERE case_no = #{caseNo}")
  void recordAcceptance(@Param("caseNo") String caseNo, @Param("decision") String decision,
      @Param("dept") String handlingDept, @Param("status") CaseStatus status);

  @Update("UPDATE petition_case SET accept_decision = 'DECLINE', decline_reason = #{reason}, guidance = #{guidance}, "
      + "status = #{status}, current_stage = NULL, closed_at = #{at} WHERE case_no = #{caseNo}")
  void recordDecline(@Param("caseNo") String caseNo, @Param("reason") String reason,
      @Param("guidance") String guidance, @Param("status") CaseStatus status, @Param("at") Instant at);

  @Update("UPDATE petition_case SET outcome = #{outcome}, reply_text = #{replyText}, replied_at = #{at}, "
      + "status = #{status} WHERE case_no = #{caseNo}")
  void recordReply(@Param("caseNo") String caseNo, @Param("outcome") String outcome,
      @Param("replyText") String replyText, @Param("status") CaseStatus status, @Param("at") Instant at);

  @Update("UPDATE petition_case SET satisfaction_handler = #{handler}, satisfaction_office = #{office}, "
      + "status = #{status}, current_stage = NULL, closed_at = #{at} WHERE case_no = #{caseNo}")
  void recordClosure(@Param("caseNo") String caseNo, @Param("handler") String satisfactionHandler,
      @Param("office") String satisfactionOffice, @Param("status") CaseStatus status, @Param("at") Instant at);
}
