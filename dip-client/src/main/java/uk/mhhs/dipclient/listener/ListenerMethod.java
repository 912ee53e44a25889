package uk.mhhs.dipclient.listener;

import org.springframework.aop.support.AopUtils;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** A {@link DipPubListener} method of its bean, called with its one argument; what it throws is rethrown as is. */
final class ListenerMethod {

    private final Object bean;
    private final Method method;

    ListenerMethod(DipPubListenerRegistry.Endpoint endpoint, Object bean) {
        this.bean = bean;
        this.method = AopUtils.selectInvocableMethod(endpoint.method(), bean.getClass());
        ReflectionUtils.makeAccessible(method);
    }

    void invoke(Object argument) {
        try {
            method.invoke(bean, argument);
        } catch (InvocationTargetException e) {
            ReflectionUtils.rethrowRuntimeException(e.getTargetException());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method, e);
        }
    }
}
