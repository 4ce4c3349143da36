# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

## The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

T# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

w# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

f# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

R# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

A# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

D# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

M# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

## The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

k# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

,# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

k# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

,# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

j# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

b# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

_# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

g# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

## The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

k# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

w# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

x# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

,# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

w# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

Y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

T# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

H# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

O# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

?# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

=# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

3# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

?# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

=# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

B# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

=# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

b# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

=# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

B# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

H# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

O# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

Y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

b# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

B# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

	# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

Y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

T# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

H# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

O# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

	# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

q# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

g# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

## The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

R# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

w# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

j# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

g# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

j# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

|# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

B# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

	# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

q# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

	# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

@# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

j# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

|# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

B# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

	# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

P# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

q# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

'# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

[# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

]# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

'# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

	# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

@# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

v# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

## The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

T# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

C# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

'# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

g# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

w# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

g# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

U# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

T# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

C# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

+# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

8# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

w# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

z# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

	# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

B# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

k# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

z# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

A# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

S# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

g# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

_# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

g# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

	# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

B# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

b# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

	# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

B# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

I# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

b# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

k# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

/# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

b# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

_# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

:# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

	# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

m# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

f# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

$# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

(# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

E# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

N# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

V# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

)# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

r# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

b# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

u# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

l# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

d# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

*# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

g# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

g# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

-# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

n# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

f# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

_# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

a# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

c# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

 # The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

.# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

y# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

p# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

o# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

t# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

h# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

e# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

i# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

s# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1


# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The sample has deliberately malformed lines, so the report ends
# with exit code 1 (done, data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

