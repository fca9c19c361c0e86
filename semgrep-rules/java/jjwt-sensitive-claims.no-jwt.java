import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

// No JWT in this file: a converter that turns advisory events into maps.
class AdvisoryConverter {
    private final ObjectMapper objectMapper = new ObjectMapper();

    List<Map<String, Object>> events(List<Object> source) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object event : source) {
            Map<String, Object> map = objectMapper.convertValue(event, Map.class);
            // ok: jjwt-sensitive-claims
            out.add(map);
        }
        return out;
    }
}
