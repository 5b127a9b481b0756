package cn.petition.casefile;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The petitioner table. */
@Mapper
public interface PetitionerMapper {

  @Insert("INSERT INTO petitioner (case_no, seq, name, id_number, phone, household_region, residence_region) "
      + "VALUES (#{caseNo}, #{seq}, #{name}, #{idNumber}, #{phone}, #{householdRegion}, #{residenceRegion})")
  void insert(Petitioner petitioner);

  @Select("SELECT case_no, seq, name, id_number, phone, household_region, residence_region "
      + "FROM petitioner WHERE case_no = #{caseNo} ORDER BY seq")
  List<Petitioner> ofCase(String caseNo);
}
