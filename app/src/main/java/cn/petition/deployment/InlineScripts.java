package cn.petition.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cmmn.deployer.CmmnDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a new deployment whose BPMN, CMMN or DMN contains a script, unless {@code petition.engine.scripts-enabled}
 * is true: script tasks, {@code camunda:script} (script listeners, input/output mappings), script conditions
 * (a {@code language} on a condition) and DMN expressions in a language other than FEEL or JUEL. Runs in the engine
 * before the resources are parsed, so every way of deploying (REST, Cockpit, Java, the application's own startup
 * deployment) is checked. Deployments made earlier stay as they were.
 */
public class InlineScripts implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(InlineScripts.class);
  private static final List<String> MODEL_SUFFIXES = Stream.of(BpmnDeployer.BPMN_RESOURCE_SUFFIXES,
      CmmnDeployer.CMMN_RESOURCE_SUFFIXES, DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES).flatMap(Stream::of)
      .toList();

  private final boolean enabled;

  public InlineScripts(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (enabled || !deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (MODEL_SUFFIXES.stream().anyMatch(suffix -> resource.getName().endsWith(suffix))) {
        List<String> scripts = scriptsIn(resource.getBytes());
        if (!scripts.isEmpty()) {
          LOG.warn("拒绝部署 {}：{} 含有脚本 {}", deployment.getName(), resource.getName(), scripts);
          throw new BadUserRequestException("部署被拒绝：" + resource.getName() + " 含有脚本（" + String.join("；", scripts)
              + "）。本系统禁用流程中的脚本，请改用已有的委托（delegateExpression）或表达式；确需脚本时由系统管理员在 "
              + "application.yaml 中设置 petition.engine.scripts-enabled: true");
        }
      }
    }
  }

  /** The scripts of a BPMN, CMMN or DMN file, each described in Chinese with its element; empty if none. */
  static List<String> scriptsIn(byte[] xml) {
    List<String> scripts = new ArrayList<>();
    try {
      XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
      List<String> ids = new ArrayList<>();
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          ids.remove(ids.size() - 1);
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String id = reader.getAttributeValue(null, "id");
        ids.add(id != null ? id : ids.isEmpty() ? "" : ids.get(ids.size() - 1));
        String where = ids.get(ids.size() - 1).isEmpty() ? "" : "，元素 " + ids.get(ids.size() - 1);
        String element = reader.getLocalName();
        String language = attribute(reader, "language");
        String expressionLanguage = attribute(reader, "expressionLanguage");
        if (element.equals("scriptTask")) {
          scripts.add("脚本任务" + where);
        } else if (element.equals("script") && "http://camunda.org/schema/1.0/bpmn".equals(reader.getNamespaceURI())
            || element.equals("script") && "http://camunda.org/schema/1.0/cmmn".equals(reader.getNamespaceURI())) {
          scripts.add("脚本监听器或脚本映射 camunda:script" + where);
        } else if ((element.equals("conditionExpression") || element.equals("condition")) && language != null
            && !language.isBlank()) {
          scripts.add(language + " 脚本条件" + where);
        } else if (expressionLanguage != null && !isExpressionLanguage(expressionLanguage)) {
          scripts.add(expressionLanguage + " 脚本表达式" + where);
        }
      }
    } catch (XMLStreamException notXml) {
      // What cannot be read cannot be checked: refused, rather than left to a parser that might read it otherwise.
      scripts.add("无法检查：文件不是有效的 XML（" + notXml.getMessage() + "）");
    }
    return scripts;
  }

  private static String attribute(XMLStreamReader reader, String localName) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      if (reader.getAttributeLocalName(i).equals(localName)) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  /** FEEL and JUEL are expression languages; anything else in a DMN expressionLanguage is run by a script engine. */
  private static boolean isExpressionLanguage(String language) {
    String l = language.toLowerCase(Locale.ROOT);
    return l.equals("juel") || l.contains("feel");
  }

  /** No DTDs, no external entities: a deployed file cannot make the server read other files. */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }
}
