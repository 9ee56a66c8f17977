"""The tabs of the Incidents area's editor: timeline, breach assessment, response options."""
