package cn.petition.appeal;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Table case_appeal, unique per (case, kind). */
@Mapper
public interface AppealMapper {

  String COLUMNS = "id, case_no, kind, received_at, registered_at, registered_by, deciding_dept,"
      + " process_instance_id, status, opinion, decided_at";

  @Select("SELECT " + COLUMNS + " FROM case_appeal WHERE case_no = #{caseNo} AND kind = #{kind}")
  Appeal find(@Param("caseNo") String caseNo, @Param("kind") AppealKind kind);

  /** Stores a PENDING request; fails with a duplicate key if the case already has an appeal of this kind. */
  default void insert(String caseNo, AppealKind kind, Instant receivedAt, Instant registeredAt, String registeredBy,
      String decidingDept) {
    insert(caseNo, kind, receivedAt, registeredAt, registeredBy, decidingDept, AppealStatus.PENDING);
  }

  @Insert("INSERT INTO case_appeal (case_no, kind, received_at, registered_at, registered_by, deciding_dept, status)"
      + " VALUES (#{caseNo}, #{kind}, #{receivedAt}, #{registeredAt}, #{registeredBy}, #{decidingDept}, #{status})")
  void insert(@Param("caseNo") String caseNo, @Param("kind") AppealKind kind, @Param("receivedAt") Instant receivedAt,
      @Param("registeredAt") Instant registeredAt, @Param("registeredBy") String registeredBy,
      @Param("decidingDept") String decidingDept, @Param("status") AppealStatus status);

  @Update("UPDATE case_appeal SET process_instance_id = #{pid} WHERE case_no = #{caseNo} AND kind = #{kind}")
  void linkProcess(@Param("caseNo") String caseNo, @Param("kind") AppealKind kind, @Param("pid") String pid);

  /** Records the opinion of a PENDING request (DECIDED); 0 if it was decided already. */
  default int decide(String caseNo, AppealKind kind, String opinion, Instant at) {
    return decide(caseNo, kind, opinion, at, AppealStatus.PENDING, AppealStatus.DECIDED);
  }

  @Update("UPDATE case_appeal SET status = #{status}, opinion = #{opinion}, decided_at = #{at}"
      + " WHERE case_no = #{caseNo} AND kind = #{kind} AND status = #{from}")
  int decide(@Param("caseNo") String caseNo, @Param("kind") AppealKind kind, @Param("opinion") String opinion,
      @Param("at") Instant at, @Param("from") AppealStatus from, @Param("status") AppealStatus status);

  /**
   * A case on the same facts (a petitioner's ID number, category and place of occurrence) whose
   * 复核 is decided: the matter is final.
   */
  default String findFinal(String idNumber, String categoryCode, String region) {
    return findDecided(idNumber, categoryCode, region, AppealKind.RE_REVIEW, AppealStatus.DECIDED);
  }

  @Select("SELECT c.case_no FROM petition_case c JOIN petitioner p ON p.case_no = c.case_no"
      + " JOIN case_appeal a ON a.case_no = c.case_no AND a.kind = #{kind} AND a.status = #{status}"
      + " WHERE p.id_number = #{idNumber} AND c.category_code = #{categoryCode} AND c.occurrence_region = #{region}"
      + " ORDER BY a.decided_at LIMIT 1")
  String findDecided(@Param("idNumber") String idNumber, @Param("categoryCode") String categoryCode,
      @Param("region") String region, @Param("kind") AppealKind kind, @Param("status") AppealStatus status);
}
