package cn.petition.warning;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The risk_warning table. */
@Mapper
public interface WarningMapper {

  String COLUMNS = "id, subject_kind, subject_id, level, previous_level, rule_name, reason, matched_phrases, "
      + "online_risk, trigger_kind, owner_dept, assessed_at, due_at, status, handled_at, handled_by, response_note, "
      + "process_instance_id";

  @Insert("INSERT INTO risk_warning (subject_kind, subject_id, level, previous_level, rule_name, reason, "
      + "matched_phrases, online_risk, trigger_kind, owner_dept, assessed_at, due_at, status) VALUES (#{subjectKind}, "
      + "#{subjectId}, #{level}, #{previousLevel}, #{ruleName}, #{reason}, #{matchedPhrases}, #{onlineRisk}, "
      + "#{triggerKind}, #{ownerDept}, #{assessedAt}, #{dueAt}, 'OPEN')")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewWarning warning);

  @Select("SELECT " + COLUMNS + " FROM risk_warning WHERE id = #{id}")
  Warning find(long id);

  @Select("SELECT " + COLUMNS + " FROM risk_warning WHERE subject_kind = #{kind} AND subject_id = #{subject} "
      + "ORDER BY assessed_at, id")
  List<Warning> ofSubject(@Param("kind") String kind, @Param("subject") String subjectId);

  @Update("UPDATE risk_warning SET process_instance_id = #{pi} WHERE id = #{id}")
  void setProcessInstance(@Param("id") long id, @Param("pi") String processInstanceId);

  /** Open or escalated warnings of a subject below the new level become SUPERSEDED. */
  @Update("UPDATE risk_warning SET status = 'SUPERSEDED' WHERE subject_kind = #{kind} AND subject_id = #{subject} "
      + "AND status IN ('OPEN', 'ESCALATED')")
  int supersede(@Param("kind") String kind, @Param("subject") String subjectId);

  @Update("UPDATE risk_warning SET status = 'ESCALATED' WHERE id = #{id} AND status = 'OPEN'")
  int escalate(long id);

  @Update("UPDATE risk_warning SET status = 'HANDLED', handled_at = #{at}, handled_by = #{by}, "
      + "response_note = #{note} WHERE id = #{id} AND status IN ('OPEN', 'ESCALATED')")
  int handle(@Param("id") long id, @Param("at") Instant at, @Param("by") String by, @Param("note") String note);
}
