/** Shared shapes of the api and the web app. */
exports.patientFields = ['id', 'name', 'createdAt'];
exports.isPatient = (x) => exports.patientFields.every((f) => f in x);
