/**
 * The service-provider interface for holidays maintained outside slakit: implement
 * {@link org.slakit.calendar.spi.HolidaySource} in a module of your own, and calendar text can close
 * on its dates with {@code holidays <source> <argument>}. The calendar module depends on no
 * implementation; it finds them through {@link java.util.ServiceLoader}.
 */
package org.slakit.calendar.spi;
