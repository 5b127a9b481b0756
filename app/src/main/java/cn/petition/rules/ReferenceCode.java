package cn.petition.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a fact's getter (or a parameter of a method the tables call) that holds a code of reference
 * data kept in the database, e.g. {@code @ReferenceCode(ReferenceList.DEPARTMENT)}: the decision
 * tables may only write codes that exist there. Checked before the tables compile.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER})
public @interface ReferenceCode {

  ReferenceList value();
}
