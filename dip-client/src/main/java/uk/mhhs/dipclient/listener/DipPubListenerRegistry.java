package uk.mhhs.dipclient.listener;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.Environment;
import uk.mhhs.dipclient.DipTopicProperties;
import uk.mhhs.dipclient.DipTopics;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the {@link DipPubListener} methods of the application's beans and declares their topics and
 * dead-letter topics as {@code NewTopic} singletons (before {@code KafkaAdmin} creates the declared topics).
 */
public class DipPubListenerRegistry implements BeanPostProcessor, BeanFactoryAware, EnvironmentAware {

    /**
     * One annotated method.
     *
     * @param consumer       inbox key and consumer-group name
     * @param interfaceByTopic interface ID ({@code IF-021}) of each subscribed topic
     * @param beanName       the bean that has the method
     * @param method         the method, taking one {@link PubMessage} or a {@code List<PubMessage>}
     * @param batch          whether the method takes the messages of a poll as a list
     */
    public record Endpoint(String consumer, Map<String, String> interfaceByTopic, String beanName, Method method,
                           boolean batch) {
    }

    private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();
    private final Set<Class<?>> withoutListeners = ConcurrentHashMap.newKeySet();
    private ConfigurableListableBeanFactory beanFactory;
    private DipTopics topics;
    private DipTopicProperties topicProperties;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public void setEnvironment(Environment environment) {
        // Read from the environment, not from beans: a post-processor must not create beans early.
        Binder binder = Binder.get(environment);
        this.topics = new DipTopics(binder.bind("mhhs.dip.topic-prefix", String.class).orElse(""));
        this.topicProperties = binder.bind("mhhs.dip.topics", DipTopicProperties.class)
                .orElseGet(() -> new DipTopicProperties(3, 0));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (withoutListeners.contains(type) || !AnnotationUtils.isCandidateClass(type, DipPubListener.class)) {
            return bean;
        }
        Map<Method, DipPubListener> methods = MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<DipPubListener>) method ->
                        AnnotatedElementUtils.findMergedAnnotation(method, DipPubListener.class));
        if (methods.isEmpty()) {
            withoutListeners.add(type);
        }
        methods.forEach((method, annotation) -> register(beanName, method, annotation));
        return bean;
    }

    private void register(String beanName, Method method, DipPubListener annotation) {
        boolean batch = takesList(method);
        if (method.getParameterCount() != 1 || (method.getParameterTypes()[0] != PubMessage.class && !batch)) {
            throw new IllegalStateException("@DipPubListener method " + method
                    + " must take one PubMessage or a List<PubMessage>");
        }
        if (annotation.interfaces().length == 0 || annotation.consumer().isBlank()) {
            throw new IllegalStateException("@DipPubListener on " + method + " needs interfaces and a consumer");
        }
        if (endpoints.stream().anyMatch(e -> e.consumer().equals(annotation.consumer()))) {
            throw new IllegalStateException("two @DipPubListener methods share consumer '" + annotation.consumer()
                    + "'; each use case needs its own inbox key and consumer group");
        }
        Map<String, String> interfaceByTopic = new java.util.LinkedHashMap<>();
        for (String id : annotation.interfaces()) {
            interfaceByTopic.put(topics.publication(id), interfaceId(id));
        }
        endpoints.add(new Endpoint(annotation.consumer(), Map.copyOf(interfaceByTopic), beanName, method, batch));
        interfaceByTopic.keySet().forEach(topic -> {
            declare(topic);
            declare(DipTopics.deadLetter(topic));
        });
    }

    private void declare(String topic) {
        String name = "dipTopic." + topic;
        if (!beanFactory.containsSingleton(name)) {
            NewTopic newTopic = topicProperties.declare(topic);
            beanFactory.registerSingleton(name, newTopic);
        }
    }

    private static boolean takesList(Method method) {
        if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != List.class) {
            return false;
        }
        return method.getGenericParameterTypes()[0] instanceof java.lang.reflect.ParameterizedType type
                && type.getActualTypeArguments()[0] == PubMessage.class;
    }

    /** {@code IF-021} for {@code IF-021}, {@code PUB-021} or {@code 021}. */
    static String interfaceId(String id) {
        String upper = id.toUpperCase(Locale.ROOT);
        int dash = upper.lastIndexOf('-');
        return "IF-" + (dash >= 0 ? upper.substring(dash + 1) : upper);
    }

    /** The annotated methods found so far (all of them once the context has started). */
    public List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }
}
