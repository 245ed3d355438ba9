package io.quizhall.event;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import io.quizhall.shared.RichText;
import java.util.Date;

/**
 * Events as iCalendar (RFC 5545), one VEVENT per session, written with biweekly. Each session's UID stays the same
 * for its life, so calendar apps update an entry instead of adding another.
 */
final class EventCalendar {

    private EventCalendar() {}

    static String write(Iterable<Event> events, String publicUrl) {
        var calendar = new ICalendar();
        calendar.setProductId("-//Quizhall//Events//EN");
        for (Event event : events) {
            if (event.status() == EventStatus.DRAFT) {
                continue;
            }
            for (EventSession session : event.sessions()) {
                var entry = new VEvent();
                entry.setUid("event-session-" + session.id() + "@quizhall");
                entry.setSummary(RichText.visibleText(event.title()));
                if (!event.description().isEmpty()) {
                    entry.setDescription(RichText.visibleText(event.description()));
                }
                entry.setDateStart(Date.from(session.startsAt()), true);
                entry.setDateEnd(Date.from(session.endsAt()), true);
                entry.setDateTimeStamp(Date.from(event.updatedAt()));
                entry.setLastModified(Date.from(event.updatedAt()));
                entry.setUrl(publicUrl + "/events?event=" + event.id());
                entry.setStatus(Status.confirmed());
                calendar.addEvent(entry);
            }
        }
        return Biweekly.write(calendar).go();
    }
}
