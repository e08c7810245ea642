"""The summit's editor form: rules that span its days and their sessions."""

from wagtail.admin.forms import WagtailAdminPageForm


def live_forms(formset):
    """The forms of an inline formset that hold a kept, valid-looking row."""
    formset.is_valid()  # cleans every form (and, through ClusterForm, nested formsets)
    return [
        form
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


class SummitPageForm(WagtailAdminPageForm):
    """Refuses days outside the summit's dates, sessions that end before they start
    and two sessions at once in one room; each error sits next to its field."""

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_date"), cleaned_data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", "The summit cannot end before it starts.")
            start = end = None
        if "days" not in self.formsets:
            return cleaned_data
        booked = {}  # (date, room) -> [(start, end, title)]
        for day_form in live_forms(self.formsets["days"]):
            date = day_form.cleaned_data.get("date")
            if date and start and end and not start <= date <= end:
                day_form.add_error(
                    "date",
                    f"This day is outside the summit's dates "
                    f"({start:%B} {start.day} to {end:%B} {end.day}, {end.year}).",
                )
            if "sessions" not in day_form.formsets:
                continue
            for session_form in live_forms(day_form.formsets["sessions"]):
                self.check_session(session_form, date, booked)
        return cleaned_data

    def check_session(self, form, date, booked):
        data = form.cleaned_data
        begins, ends = data.get("start_time"), data.get("end_time")
        if not (begins and ends):
            return
        if ends <= begins:
            form.add_error("end_time", "A session must end after it starts.")
            return
        room = (data.get("room") or "").strip()
        if not (room and date):
            return
        slots = booked.setdefault((date, room.casefold()), [])
        for other_begins, other_ends, other_title in slots:
            if begins < other_ends and other_begins < ends:
                form.add_error(
                    "start_time",
                    f"{room} is taken then by “{other_title}” "
                    f"({other_begins:%H:%M}–{other_ends:%H:%M}).",
                )
                return
        slots.append((begins, ends, data.get("title") or "another session"))
