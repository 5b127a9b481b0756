package cn.petition.screening;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The dispute and dispute_event tables. */
@Mapper
public interface DisputeMapper {

  String COLUMNS = "id, reported_at, reported_by, region_code, place, category_code, domain, person_count, parties, "
      + "description, title, skip_level, extreme_behaviour, warning_level, status, owner_dept, resolution, "
      + "resolved_at, case_no, process_instance_id";

  @Insert("INSERT INTO dispute (reported_at, reported_by, region_code, place, category_code, domain, person_count, "
      + "parties, description, title, skip_level, extreme_behaviour, warning_level, status, owner_dept) VALUES ("
      + "#{reportedAt}, #{reportedBy}, #{regionCode}, #{place}, #{categoryCode}, #{domain}, #{personCount}, "
      + "#{parties}, #{description}, #{title}, #{skipLevel}, #{extremeBehaviour}, 'NONE', 'REPORTED', #{ownerDept})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewDispute dispute);

  @Select("SELECT " + COLUMNS + " FROM dispute WHERE id = #{id}")
  Dispute find(long id);

  /**
   * Disputes by region and status, newest first; {@code regions} null means every region, otherwise only those
   * regions or the reporter's own reports.
   */
  @Select("<script>SELECT " + COLUMNS + " FROM dispute WHERE 1 = 1"
      + "<if test='regions != null'> AND (reported_by = #{reporter}"
      + "<if test='!regions.isEmpty()'> OR region_code IN "
      + "<foreach item='r' collection='regions' open='(' separator=',' close=')'>#{r}</foreach></if>)</if>"
      + "<if test='region != null'> AND region_code = #{region}</if>"
      + "<if test='status != null'> AND status = #{status}</if>"
      + " ORDER BY reported_at DESC, id DESC LIMIT #{limit}</script>")
  List<Dispute> search(@Param("regions") List<String> visibleRegions, @Param("reporter") String reporter,
      @Param("region") String region, @Param("status") String status, @Param("limit") int limit);

  /** Open disputes (REPORTED, ESCALATED), oldest first; {@code region} null means every region. */
  @Select("<script>SELECT " + COLUMNS + " FROM dispute WHERE status IN ('REPORTED', 'ESCALATED')"
      + "<if test='region != null'> AND region_code = #{region}</if> ORDER BY reported_at, id</script>")
  List<Dispute> open(@Param("region") String region);

  @Update("UPDATE dispute SET warning_level = #{level} WHERE id = #{id}")
  void setWarningLevel(@Param("id") long id, @Param("level") String level);

  @Update("UPDATE dispute SET process_instance_id = #{pi} WHERE id = #{id}")
  void setProcessInstance(@Param("id") long id, @Param("pi") String processInstanceId);

  @Update("UPDATE dispute SET status = 'ESCALATED' WHERE id = #{id} AND status = 'REPORTED'")
  int escalate(long id);

  @Update("UPDATE dispute SET status = 'RESOLVED', resolution = #{note}, resolved_at = #{at} "
      + "WHERE id = #{id} AND status IN ('REPORTED', 'ESCALATED')")
  int resolve(@Param("id") long id, @Param("note") String note, @Param("at") Instant at);

  @Update("UPDATE dispute SET status = 'PETITIONED', case_no = #{caseNo} "
      + "WHERE id = #{id} AND status IN ('REPORTED', 'ESCALATED')")
  int petitioned(@Param("id") long id, @Param("caseNo") String caseNo);

  @Insert("INSERT INTO dispute_event (dispute_id, occurred_at, kind, actor, detail) "
      + "VALUES (#{disputeId}, #{occurredAt}, #{kind}, #{actor}, #{detail})")
  void insertEvent(DisputeEvent event);

  @Select("SELECT id, dispute_id, occurred_at, kind, actor, detail FROM dispute_event WHERE dispute_id = #{id} "
      + "ORDER BY occurred_at, id")
  List<DisputeEvent> events(long disputeId);
}
