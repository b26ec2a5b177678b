const { Pool } = require('pg');
const { isPatient } = require('@mono/types');

exports.createDb = (url) => {
  const pool = url ? new Pool({ connectionString: url }) : null;
  return {
    async listPatients() {
      if (!pool) return [{ id: 1, name: 'demo', createdAt: new Date(0).toISOString() }];
      const { rows } = await pool.query('select id, name, created_at as "createdAt" from patients');
      return rows.filter(isPatient);
    }
  };
};
