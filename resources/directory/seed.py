"""The Health Care Social Media List in the seed's words, with well-known organizations.

`seed_directory(home)` is idempotent: it adds the directory page under the resource
index and each organization missing (by normalised website), and never changes what
editors or moderators have done since.
"""

import datetime
import logging

from django.db import transaction

from core.seed import child_page
from resources.directory import addresses
from resources.models import (
    DirectoryPage,
    Organization,
    ResourceIndexPage,
    SocialProfile,
)
from resources.models.organizations import Kind

logger = logging.getLogger(__name__)

INTRODUCTION = (
    "Your Must-Have Health Care Social Media Resource. The Health Care Social Media List "
    "includes health organizations actively using social networking sites. Add yours today!"
)
SUBMISSION_INTRODUCTION = (
    "Does your hospital, clinic, association or patient community use social media? "
    "Tell us where to find it: a moderator checks every submission before it is listed."
)
VERIFIED = datetime.date(2026, 1, 15)
US = "United States"


def org(name, kind, website, city, region, country, description, **profiles):
    return {
        "name": name,
        "kind": kind,
        "website": website,
        "city": city,
        "region": region,
        "country": country,
        "description": description,
        "profiles": profiles,
    }


# Public websites and main social profiles, as the organizations publish them.
ORGANIZATIONS = [
    org("Mayo Clinic", Kind.HOSPITAL, "https://www.mayoclinic.org/", "Rochester", "Minnesota", US,
        "Nonprofit academic medical center focused on integrated patient care, education and research.",
        facebook="https://www.facebook.com/MayoClinic", x="https://x.com/MayoClinic",
        youtube="https://www.youtube.com/user/mayoclinic",
        linkedin="https://www.linkedin.com/company/mayo-clinic",
        instagram="https://www.instagram.com/mayoclinic/"),
    org("Cleveland Clinic", Kind.HOSPITAL, "https://my.clevelandclinic.org/", "Cleveland", "Ohio", US,
        "Nonprofit multispecialty academic medical center.",
        facebook="https://www.facebook.com/ClevelandClinic", x="https://x.com/ClevelandClinic",
        youtube="https://www.youtube.com/user/ClevelandClinic",
        instagram="https://www.instagram.com/clevelandclinic/"),
    org("Johns Hopkins Medicine", Kind.HOSPITAL, "https://www.hopkinsmedicine.org/", "Baltimore", "Maryland", US,
        "Academic health system of the Johns Hopkins University.",
        facebook="https://www.facebook.com/JohnsHopkinsMedicine", x="https://x.com/HopkinsMedicine",
        instagram="https://www.instagram.com/hopkinsmedicine/"),
    org("Massachusetts General Hospital", Kind.HOSPITAL, "https://www.massgeneral.org/", "Boston", "Massachusetts", US,
        "Teaching hospital of Harvard Medical School, founded in 1811.",
        facebook="https://www.facebook.com/massgeneral", x="https://x.com/MassGeneralNews",
        instagram="https://www.instagram.com/massgeneral/"),
    org("Stanford Health Care", Kind.HOSPITAL, "https://stanfordhealthcare.org/", "Palo Alto", "California", US,
        "Academic medical center of Stanford Medicine.",
        facebook="https://www.facebook.com/stanfordhealthcare", x="https://x.com/StanfordHealth",
        instagram="https://www.instagram.com/stanfordhealthcare/"),
    org("Mount Sinai Health System", Kind.HOSPITAL, "https://www.mountsinai.org/", "New York", "New York", US,
        "Health system of hospitals and the Icahn School of Medicine in New York City.",
        facebook="https://www.facebook.com/mountsinainyc", x="https://x.com/MountSinaiNYC",
        instagram="https://www.instagram.com/mountsinainyc/"),
    org("NewYork-Presbyterian", Kind.HOSPITAL, "https://www.nyp.org/", "New York", "New York", US,
        "Academic health system affiliated with Columbia and Weill Cornell.",
        facebook="https://www.facebook.com/nyphospital", x="https://x.com/nyphospital",
        instagram="https://www.instagram.com/nyphospital/"),
    org("Intermountain Health", Kind.HOSPITAL, "https://intermountainhealthcare.org/", "Salt Lake City", "Utah", US,
        "Nonprofit health system of hospitals and clinics in the Intermountain West.",
        facebook="https://www.facebook.com/intermountainhealthcare", x="https://x.com/Intermountain"),
    org("University of Utah Health", Kind.HOSPITAL, "https://healthcare.utah.edu/", "Salt Lake City", "Utah", US,
        "Academic health system of the University of Utah.",
        facebook="https://www.facebook.com/UofUHealth", x="https://x.com/UofUHealth"),
    org("Seattle Children's", Kind.HOSPITAL, "https://www.seattlechildrens.org/", "Seattle", "Washington", US,
        "Children's hospital and research institute.",
        facebook="https://www.facebook.com/seattlechildrens", x="https://x.com/seattlechildren",
        youtube="https://www.youtube.com/user/SeattleChildrens"),
    org("St. Jude Children's Research Hospital", Kind.HOSPITAL, "https://www.stjude.org/", "Memphis", "Tennessee", US,
        "Pediatric treatment and research center for catastrophic childhood diseases.",
        facebook="https://www.facebook.com/stjude", x="https://x.com/StJude",
        instagram="https://www.instagram.com/stjude/"),
    org("Boston Children's Hospital", Kind.HOSPITAL, "https://www.childrenshospital.org/", "Boston", "Massachusetts", US,
        "Pediatric teaching hospital of Harvard Medical School.",
        facebook="https://www.facebook.com/BostonChildrensHospital", x="https://x.com/BostonChildrens"),
    org("Children's Hospital of Philadelphia", Kind.HOSPITAL, "https://www.chop.edu/", "Philadelphia", "Pennsylvania", US,
        "The first hospital in the United States dedicated to children.",
        facebook="https://www.facebook.com/ChildrensHospitalofPhiladelphia", x="https://x.com/ChildrensPhila",
        instagram="https://www.instagram.com/childrensphila/"),
    org("MD Anderson Cancer Center", Kind.HOSPITAL, "https://www.mdanderson.org/", "Houston", "Texas", US,
        "Cancer treatment and research center of the University of Texas.",
        facebook="https://www.facebook.com/MDAndersonCancerCenter", x="https://x.com/MDAndersonNews"),
    org("Memorial Sloan Kettering Cancer Center", Kind.HOSPITAL, "https://www.mskcc.org/", "New York", "New York", US,
        "Cancer treatment and research institution.",
        facebook="https://www.facebook.com/sloankettering", x="https://x.com/MSKCancerCenter"),
    org("Kaiser Permanente", Kind.INSURER, "https://healthy.kaiserpermanente.org/", "Oakland", "California", US,
        "Integrated health plan and care delivery system.",
        facebook="https://www.facebook.com/kpthrive", x="https://x.com/aboutKP",
        linkedin="https://www.linkedin.com/company/kaiser-permanente"),
    org("UnitedHealthcare", Kind.INSURER, "https://www.uhc.com/", "Minnetonka", "Minnesota", US,
        "Health insurer serving individuals, employers and Medicare and Medicaid members.",
        facebook="https://www.facebook.com/UnitedHealthcare", x="https://x.com/UHC",
        linkedin="https://www.linkedin.com/company/unitedhealthcare"),
    org("Blue Cross Blue Shield Association", Kind.INSURER, "https://www.bcbs.com/", "Chicago", "Illinois", US,
        "National federation of independent Blue Cross and Blue Shield companies.",
        x="https://x.com/BCBSAssociation"),
    org("Centers for Disease Control and Prevention", Kind.PUBLIC_HEALTH, "https://www.cdc.gov/", "Atlanta", "Georgia", US,
        "The national public health agency of the United States.",
        facebook="https://www.facebook.com/CDC", x="https://x.com/CDCgov",
        youtube="https://www.youtube.com/user/CDCStreamingHealth",
        instagram="https://www.instagram.com/cdcgov/"),
    org("National Institutes of Health", Kind.PUBLIC_HEALTH, "https://www.nih.gov/", "Bethesda", "Maryland", US,
        "The United States' medical research agency.",
        facebook="https://www.facebook.com/nih.gov", x="https://x.com/NIH",
        instagram="https://www.instagram.com/nihgov/"),
    org("World Health Organization", Kind.PUBLIC_HEALTH, "https://www.who.int/", "Geneva", "", "Switzerland",
        "The United Nations agency for international public health.",
        facebook="https://www.facebook.com/WHO", x="https://x.com/WHO",
        youtube="https://www.youtube.com/user/who", instagram="https://www.instagram.com/who/",
        tiktok="https://www.tiktok.com/@who"),
    org("NHS England", Kind.PUBLIC_HEALTH, "https://www.england.nhs.uk/", "London", "England", "United Kingdom",
        "Leads the National Health Service in England.",
        facebook="https://www.facebook.com/NHSEngland", x="https://x.com/NHSEngland"),
    org("Public Health Agency of Canada", Kind.PUBLIC_HEALTH, "https://www.canada.ca/en/public-health.html", "Ottawa", "Ontario", "Canada",
        "The Government of Canada's public health agency.",
        x="https://x.com/GovCanHealth"),
    org("American Academy of Pediatrics", Kind.ASSOCIATION, "https://www.aap.org/", "Itasca", "Illinois", US,
        "Professional association of pediatricians.",
        facebook="https://www.facebook.com/AmerAcadPeds", x="https://x.com/AmerAcadPeds"),
    org("American Medical Association", Kind.ASSOCIATION, "https://www.ama-assn.org/", "Chicago", "Illinois", US,
        "The largest association of physicians in the United States.",
        facebook="https://www.facebook.com/AmericanMedicalAssociation", x="https://x.com/AmerMedicalAssn",
        linkedin="https://www.linkedin.com/company/american-medical-association"),
    org("American Academy of Family Physicians", Kind.ASSOCIATION, "https://www.aafp.org/", "Leawood", "Kansas", US,
        "Professional association of family physicians.",
        x="https://x.com/aafp"),
    org("American Heart Association", Kind.NONPROFIT, "https://www.heart.org/", "Dallas", "Texas", US,
        "Nonprofit fighting heart disease and stroke.",
        facebook="https://www.facebook.com/AmericanHeart", x="https://x.com/American_Heart",
        instagram="https://www.instagram.com/american_heart/"),
    org("American Cancer Society", Kind.NONPROFIT, "https://www.cancer.org/", "Atlanta", "Georgia", US,
        "Nonprofit dedicated to eliminating cancer.",
        facebook="https://www.facebook.com/AmericanCancerSociety", x="https://x.com/AmericanCancer"),
    org("American Diabetes Association", Kind.NONPROFIT, "https://diabetes.org/", "Arlington", "Virginia", US,
        "Nonprofit working to prevent and cure diabetes.",
        facebook="https://www.facebook.com/AmericanDiabetesAssociation", x="https://x.com/AmDiabetesAssn"),
    org("Alzheimer's Association", Kind.NONPROFIT, "https://www.alz.org/", "Chicago", "Illinois", US,
        "Nonprofit for Alzheimer's care, support and research.",
        x="https://x.com/alzassociation", instagram="https://www.instagram.com/alzassociation/"),
    org("American Red Cross", Kind.NONPROFIT, "https://www.redcross.org/", "Washington", "District of Columbia", US,
        "Humanitarian organization providing disaster relief and blood services.",
        facebook="https://www.facebook.com/redcross", x="https://x.com/RedCross"),
    org("National Kidney Foundation", Kind.NONPROFIT, "https://www.kidney.org/", "New York", "New York", US,
        "Nonprofit for the awareness, prevention and treatment of kidney disease.",
        facebook="https://www.facebook.com/NationalKidneyFoundation", x="https://x.com/nkf"),
    org("PatientsLikeMe", Kind.PATIENT_COMMUNITY, "https://www.patientslikeme.com/", "Cambridge", "Massachusetts", US,
        "Online community where patients share their health experiences.",
        facebook="https://www.facebook.com/patientslikeme", x="https://x.com/patientslikeme"),
    org("Pfizer", Kind.INDUSTRY, "https://www.pfizer.com/", "New York", "New York", US,
        "Research-based biopharmaceutical company.",
        facebook="https://www.facebook.com/Pfizer", x="https://x.com/pfizer",
        linkedin="https://www.linkedin.com/company/pfizer"),
    org("Medtronic", Kind.INDUSTRY, "https://www.medtronic.com/", "Dublin", "", "Ireland",
        "Medical device company.",
        facebook="https://www.facebook.com/Medtronic", x="https://x.com/Medtronic",
        linkedin="https://www.linkedin.com/company/medtronic"),
]  # fmt: skip


def resource_index(home):
    """The site's resource index (the library's seed normally made it already)."""
    index, _ = child_page(
        home,
        ResourceIndexPage,
        "resources",
        title="Resources",
    )
    return index


def seed_directory(home):
    """The directory page and its organizations, listed as approved; returns the page."""
    page, _ = child_page(
        resource_index(home),
        DirectoryPage,
        "health-care-social-media-list",
        title="Health Care Social Media List",
        introduction=INTRODUCTION,
        submission_introduction=SUBMISSION_INTRODUCTION,
    )
    seed_organizations()
    return page


def seed_organizations():
    """Each seed organization not yet on the list (matched by normalised website)."""
    created = 0
    for entry in ORGANIZATIONS:
        website = addresses.normal_form(entry["website"])
        if Organization.objects.filter(normalized_website=website).exists():
            continue
        with transaction.atomic():
            organization = Organization.objects.create(
                **{key: value for key, value in entry.items() if key != "profiles"},
                status=Organization.Status.APPROVED,
                last_verified=VERIFIED,
            )
            for network, url in entry["profiles"].items():
                SocialProfile.objects.create(
                    organization=organization, network=network, url=url
                )
        created += 1
    if created:
        logger.info("Added %s organizations to the directory", created)
    return created
