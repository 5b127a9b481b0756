package cn.petition.document;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Table case_document, unique per doc_no and per (case_no, kind, occasion). */
@Mapper
public interface CaseDocumentMapper {

  String COLUMNS = "id, case_no, kind, occasion, doc_no, issuer_dept, addressee, facts, issued_at, delivered_at,"
      + " delivery_method, delivery_note, delivery_recorded_by, delivery_recorded_at";

  @Select("SELECT " + COLUMNS + " FROM case_document WHERE case_no = #{caseNo} AND kind = #{kind} AND occasion = #{occasion}")
  CaseDocument find(@Param("caseNo") String caseNo, @Param("kind") NoticeKind kind, @Param("occasion") String occasion);

  @Select("SELECT " + COLUMNS + " FROM case_document WHERE id = #{id}")
  CaseDocument byId(long id);

  @Select("SELECT " + COLUMNS + " FROM case_document WHERE case_no = #{caseNo} ORDER BY issued_at, id")
  List<CaseDocument> ofCase(String caseNo);

  /** The latest notice of a kind on a case, or null. */
  @Select("SELECT " + COLUMNS + " FROM case_document WHERE case_no = #{caseNo} AND kind = #{kind}"
      + " ORDER BY issued_at DESC, id DESC LIMIT 1")
  CaseDocument latest(@Param("caseNo") String caseNo, @Param("kind") NoticeKind kind);

  /** Fails with a duplicate key if the case already has this (kind, occasion) or the number is taken. */
  @Insert("INSERT INTO case_document (case_no, kind, occasion, doc_no, issuer_dept, addressee, facts, issued_at)"
      + " VALUES (#{caseNo}, #{kind}, #{occasion}, #{docNo}, #{issuerDept}, #{addressee}, #{facts}, #{issuedAt})")
  void insert(CaseDocument document);

  /** Records the delivery; 0 if it was recorded already. */
  @Update("UPDATE case_document SET delivered_at = #{at}, delivery_method = #{method}, delivery_note = #{note},"
      + " delivery_recorded_by = #{by}, delivery_recorded_at = #{recordedAt} WHERE id = #{id} AND delivered_at IS NULL")
  int deliver(@Param("id") long id, @Param("at") Instant at, @Param("method") DeliveryMethod method,
      @Param("note") String note, @Param("by") String by, @Param("recordedAt") Instant recordedAt);
}
