package org.hcstracker.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that templates read (a model attribute, or a type reached from one): it
 * stays public although no other module uses it, because Thymeleaf's expressions call
 * only the methods of public types. Every other type is public only when another module
 * uses it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ViewModel {

}
