package org.parley.eval;

import java.util.List;
import java.util.Map;

/** One gold annotation file ({@code STEM.gold.json}), as the corpus guidelines define it. */
public record GoldArticle(String id, Map<String, GoldEntity> entities, List<GoldRelation> relations) {

    public record GoldEntity(String id, String type, List<String> names) {
        public boolean isActor() {
            return type.equals("Person") || type.equals("State") || type.equals("Organization");
        }
    }

    public record GoldRelation(String type, String subject, String object, String event, String evidence, boolean optional) {}
}
