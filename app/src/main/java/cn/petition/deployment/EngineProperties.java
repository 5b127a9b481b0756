package cn.petition.deployment;

/**
 * {@code petition.engine}: what deployed models may contain.
 *
 * @param scriptsEnabled whether a deployment may contain scripts (script tasks, camunda:script, script conditions);
 *     false refuses it ({@link InlineScripts})
 */
public record EngineProperties(boolean scriptsEnabled) {}
